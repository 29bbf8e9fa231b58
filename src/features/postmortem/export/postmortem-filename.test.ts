import { describe, expect, it } from 'vitest';
import { createPostmortemFilename } from './postmortem-filename';

describe('createPostmortemFilename', () => {
  it('dates and slugs the title', () => {
    expect(createPostmortemFilename({ title: 'Checkout: payments failed!', date: '2026-11-24' }, 'pdf')).toBe('2026-11-24-checkout-payments-failed.pdf');
  });

  it('falls back to "postmortem" for titles with no Latin letters or digits, and leaves out a missing date', () => {
    expect(createPostmortemFilename({ title: 'Привет', date: '' }, 'md')).toBe('postmortem.md');
    expect(createPostmortemFilename({ title: '', date: 'not a date' }, 'json')).toBe('postmortem.json');
  });

  it('never produces path separators or dots in the name', () => {
    expect(createPostmortemFilename({ title: '../../etc/passwd', date: '2026-01-01' }, 'md')).toBe('2026-01-01-etc-passwd.md');
  });
});
