import { describe, expect, it } from 'vitest';
import { parseSectionBody } from './section-body';

describe('parseSectionBody', () => {
  it('reads paragraphs, line breaks, bullet and numbered lists', () => {
    expect(parseSectionBody('First line\nsecond line\r\n\r\n- one\n* two\n  continued\n\n1. a\n2) b\nafter')).toEqual([
      { type: 'paragraph', lines: ['First line', 'second line'] },
      { type: 'list', ordered: false, start: 1, items: ['one', 'two\ncontinued'] },
      { type: 'list', ordered: true, start: 1, items: ['a', 'b'] },
      { type: 'paragraph', lines: ['after'] },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(parseSectionBody(' \n\n\t')).toEqual([]);
  });
});
