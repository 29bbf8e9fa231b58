import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSlackText, readSlackText, renderSlackLink } from './slack-mrkdwn';

// Slack's rules (api.slack.com/reference/surfaces/formatting, "Escaping text"): &, < and > are control characters and
// must be replaced by &amp;, &lt; and &gt; when not used for their parsing purpose; nothing else is entity-encoded.
describe('escapeSlackText', () => {
  it('replaces exactly the three control characters with their entities', () => {
    expect(escapeSlackText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(escapeSlackText('&amp; already')).toBe('&amp;amp; already');
    expect(escapeSlackText('"quotes" \'apostrophes\' *bold* _it_ ~s~ `c`')).toBe('"quotes" \'apostrophes\' *bold* _it_ ~s~ `c`');
  });

  it('leaves no way to write Slack markup: special mentions, user mentions, links, quotes', () => {
    for (const text of ['<!channel>', '<!here|here>', '<@U024BE7LH>', '<#C024BE7LR>', '<!subteam^SAZ94GDB8>', '<https://evil.example|click>', '> quote']) {
      const escaped = escapeSlackText(text);
      expect(escaped).not.toMatch(/[<>]/);
      expect(readSlackText(escaped)).toBe(text);
    }
  });

  it('defuses @channel, @here and @everyone without changing what a reader sees', () => {
    const escaped = escapeSlackText('@channel please look, @HERE and @everyone; @channels and email@heres.example stay');
    expect(escaped).not.toMatch(/@(channel|here|everyone)(?![\p{L}\p{N}_])/iu);
    expect(escaped).toContain('@channels');
    expect(readSlackText(escaped)).toBe('@channel please look, @HERE and @everyone; @channels and email@heres.example stay');
  });

  it('reads back as the same text for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const escaped = escapeSlackText(text);
        expect(escaped).not.toMatch(/[<>]/);
        expect(escaped.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        expect(readSlackText(escaped)).toBe(text.replaceAll('\u2060', ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('renderSlackLink', () => {
  it('links safe http(s) links only, so the link cannot end early', () => {
    expect(renderSlackLink('https://grafana.example/d/x?a=1&b=2', 'grafana.example')).toBe('<https://grafana.example/d/x?a=1&amp;b=2|grafana.example>');
    expect(renderSlackLink('https://example.com/a|b>c', 'x')).toBe('<https://example.com/a%7Cb%3Ec|x>');
    expect(renderSlackLink('javascript:alert(1)', 'x')).toBeNull();
    expect(renderSlackLink('mailto:oncall@example.com', 'x')).toBeNull();
    expect(renderSlackLink('/relative', 'x')).toBeNull();
  });
});
