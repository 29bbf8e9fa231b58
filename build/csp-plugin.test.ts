import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, csp, withPolicy } from './csp-plugin.ts';
import { escapeHtml, parseHtml } from './html.ts';
import { asset, bundleOf, generateBundle, transformIndexHtml } from './plugin-harness.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => parseHtml(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';

describe('csp plugin', () => {
  it('puts the policy first in the head, with nothing inline allowed and nothing unsafe', async () => {
    const { result } = await transformIndexHtml(csp(), '<html><head></head></html>');
    expect(result).toEqual([expect.objectContaining({ tag: 'meta', injectTo: 'head-prepend', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() } })]);
    expect(contentSecurityPolicy()).toContain("script-src 'self'; style-src 'self';");
    expect(contentSecurityPolicy()).toContain("object-src 'none'");
    expect(contentSecurityPolicy()).not.toContain('unsafe');
  });

  it('allows exactly the inline scripts and styles each page holds, by hash, as Vite escapes attributes', async () => {
    const script = 'if(a<b&&c){}';
    const style = 'p{color:red}';
    const bundle = bundleOf(asset('index.html', page(`<script>${script}</script><style>${style}</style><script src="./x.js"></script>`)), asset('plain.html', page('')));
    await generateBundle(csp(), bundle);
    const html = String((bundle['index.html'] as { source: string }).source);
    expect(html).toContain('script-src &#39;self&#39; &#39;sha256-');
    expect(policyOf(html)).toContain(`script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`);
    expect(policyOf(String((bundle['plain.html'] as { source: string }).source))).toBe(contentSecurityPolicy());
  });

  it('hashes scripts in document order and never decodes their text', () => {
    const html = withPolicy(page('<script>a("&amp;")</script><script>b()</script>'));
    expect(policyOf(html)).toContain(`script-src 'self' ${hash('a("&amp;")')} ${hash('b()')};`);
  });

  it('refuses a page with inline code and no policy to list it in', () => {
    expect(() => withPolicy('<html><head></head><body><script>x()</script></body></html>')).toThrow(/no CSP meta/);
  });
});
