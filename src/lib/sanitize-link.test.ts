import { describe, expect, it } from 'vitest';
import { sanitizeLink } from './sanitize-link';

describe('sanitizeLink', () => {
  it('accepts http, https and mailto links, trimmed', () => {
    expect(sanitizeLink('  https://grafana.example.com/d/abc?from=now-1h  ')).toBe('https://grafana.example.com/d/abc?from=now-1h');
    expect(sanitizeLink('http://example.com')).toBe('http://example.com/');
    expect(sanitizeLink('mailto:oncall@example.com')).toBe('mailto:oncall@example.com');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//evil.example.com',
    'example.com',
    'ftp://example.com/file',
    'https://',
    '',
    '   ',
  ])('rejects %j', (url) => {
    expect(sanitizeLink(url)).toBeNull();
  });
});
