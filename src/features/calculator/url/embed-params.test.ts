import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../domain/cost-inputs';
import {
  DEFAULT_EMBED_SECTIONS,
  DEFAULT_EMBED_TITLE,
  EMBED_ATTRIBUTE_NAMES,
  MAX_EMBED_TITLE_LENGTH,
  parseEmbedAttributes,
  parseEmbedParams,
  toAttributeName,
} from './embed-params';
import { SHARE_PARAM_NAMES } from './share-params';

describe('toAttributeName', () => {
  it('turns each share parameter into its kebab-case attribute', () => {
    expect(toAttributeName('revenuePeriod')).toBe('revenue-period');
    expect(toAttributeName('slaPriorMinutes')).toBe('sla-prior-minutes');
    expect(toAttributeName('minutes')).toBe('minutes');
  });
});

describe('EMBED_ATTRIBUTE_NAMES', () => {
  it('observes every parameter in kebab-case plus theme, sections, lock and heading', () => {
    for (const name of SHARE_PARAM_NAMES) expect(EMBED_ATTRIBUTE_NAMES).toContain(toAttributeName(name));
    expect(EMBED_ATTRIBUTE_NAMES).toEqual(expect.arrayContaining(['theme', 'sections', 'lock', 'heading']));
    // `title` stays HTML's own attribute: on an element it is a tooltip over the whole calculator.
    expect(EMBED_ATTRIBUTE_NAMES).not.toContain('title');
  });
});

describe('parseEmbedParams', () => {
  it('shows the defaults when the URL has no parameters', () => {
    const config = parseEmbedParams('');
    expect(config.inputs).toEqual(DEFAULT_COST_INPUTS);
    expect(config).toMatchObject({ theme: 'auto', title: DEFAULT_EMBED_TITLE, notices: [] });
    expect(config.sections).toEqual(DEFAULT_EMBED_SECTIONS);
    expect([...config.locked]).toEqual([]);
  });

  it('reads the share link parameters with the same names and the embed options', () => {
    const config = parseEmbedParams(
      '?minutes=90&employees=120&currency=EUR&slaTiers=99.9:10,99:50&theme=dark&sections=revenue,outage&lock=currency,minutes&title=Our%20outage',
    );
    expect(config.inputs).toEqual({
      ...DEFAULT_COST_INPUTS,
      minutes: 90,
      employees: 120,
      currency: 'EUR',
      slaTiers: [
        { below: 99.9, credit: 10 },
        { below: 99, credit: 50 },
      ],
    });
    expect(config.theme).toBe('dark');
    // In the calculator's order, whatever order the URL lists them in.
    expect(config.sections).toEqual(['outage', 'revenue']);
    expect([...config.locked].sort()).toEqual(['currency', 'minutes']);
    expect(config.title).toBe('Our outage');
    expect(config.notices).toEqual([]);
  });

  it('accepts a whole URL, as the iframe page passes its location', () => {
    expect(parseEmbedParams('https://example.org/kit/embed.html?minutes=12#x').inputs.minutes).toBe(12);
  });

  it('ignores unknown and invalid settings with a notice each, keeping the defaults for them', () => {
    const config = parseEmbedParams('?minutes=abc&colour=blue&theme=neon&sections=revenue,bogus&lock=nothing');
    expect(config.inputs.minutes).toBe(DEFAULT_COST_INPUTS.minutes);
    expect(config.theme).toBe('auto');
    expect(config.sections).toEqual(['revenue']);
    expect([...config.locked]).toEqual([]);
    expect(config.notices.map((n) => n.name)).toEqual(['minutes', 'colour', 'theme', 'sections', 'lock']);
    expect(config.notices.find((n) => n.name === 'theme')?.reason).toBe('Use light, dark or auto');
  });

  it('shows the result only for an empty section list, but not for a list of typos', () => {
    expect(parseEmbedParams('sections=').sections).toEqual([]);
    expect(parseEmbedParams('sections=typo').sections).toEqual(DEFAULT_EMBED_SECTIONS);
  });

  it('keeps a title as plain text: markup stays literal, control characters go, length is capped', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(parseEmbedParams(`title=${encodeURIComponent(hostile)}`).title).toBe(hostile);
    expect(parseEmbedParams(`title=${encodeURIComponent('A\u202Eb\u0007c')}`).title).toBe('Abc');
    expect(Array.from(parseEmbedParams(`title=${'é'.repeat(500)}`).title)).toHaveLength(MAX_EMBED_TITLE_LENGTH);
    expect(parseEmbedParams('title=').title).toBe('');
  });

  it('never throws and always yields valid inputs, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const config = parseEmbedParams(query);
        expect(Number.isFinite(config.inputs.minutes)).toBe(true);
        expect(['auto', 'light', 'dark']).toContain(config.theme);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseEmbedAttributes', () => {
  it('reads kebab-case attributes, and camelCase ones that HTML lower-cased', () => {
    const config = parseEmbedAttributes([
      ['minutes', '30'],
      ['revenue-period', 'year'],
      ['slapriorminutes', '9'],
      ['hourlycost', '90'],
      ['sla-tiers', '99:20'],
      ['heading', 'Short outage'],
      ['theme', 'light'],
      ['lock', 'revenue-period,minutes'],
    ]);
    expect(config.inputs).toMatchObject({ minutes: 30, revenuePeriod: 'year', slaPriorMinutes: 9, hourlyCost: 90, slaTiers: [{ below: 99, credit: 20 }] });
    expect(config.title).toBe('Short outage');
    expect(config.theme).toBe('light');
    expect([...config.locked].sort()).toEqual(['minutes', 'revenuePeriod']);
  });

  it("leaves the host's own attributes alone and names bad values as the author wrote them", () => {
    const config = parseEmbedAttributes([
      ['class', 'wide'],
      ['id', 'calc'],
      ['aria-describedby', 'x'],
      ['title', 'Tooltip'],
      ['revenue-period', 'fortnight'],
    ]);
    expect(config.title).toBe(DEFAULT_EMBED_TITLE);
    expect(config.notices).toEqual([
      { name: 'revenue-period', value: 'fortnight', reason: expect.stringContaining('per hour, day, month or year') },
    ]);
  });
});

describe('embed options given twice', () => {
  it('names a repeated iframe option in a notice and uses the last one', () => {
    const config = parseEmbedParams('?theme=dark&revenue=10&theme=light');
    expect(config.theme).toBe('light');
    expect(config.notices).toContainEqual({
      name: 'theme',
      value: 'dark, light',
      reason: 'given 2 times; used the last one',
    });
  });

  it('names a repeated share parameter inside the iframe query', () => {
    const config = parseEmbedParams('?revenue=10&revenue=20');
    expect(config.inputs.revenue).toBe(20);
    expect(config.notices.map((n) => n.name)).toEqual(['revenue']);
  });

  it('names both spellings when an element carries one parameter twice', () => {
    const config = parseEmbedAttributes([
      ['sla-target', '99.9'],
      ['slatarget', '99.5'],
    ]);
    expect(config.inputs.slaTarget).toBe(99.5);
    expect(config.notices).toEqual([
      { name: 'sla-target and slatarget', value: '99.9, 99.5', reason: 'given 2 times; used the last one' },
    ]);
  });
});
