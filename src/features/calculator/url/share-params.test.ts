import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS, cloneCostInputs, parseCostInputs, type CostInputs } from '../domain/cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';
import {
  MAX_PARAM_NOTICES,
  SHARE_PARAM_NAMES,
  UNKNOWN_PARAM_REASON,
  buildShareUrl,
  hasShareParams,
  parseShareParams,
  serializeShareParams,
} from './share-params';

describe('SHARE_PARAM_NAMES', () => {
  it('names every input exactly as the share link documents them', () => {
    expect(SHARE_PARAM_NAMES).toEqual([
      'minutes', 'affected', 'revenue', 'revenuePeriod', 'dependent', 'recovered', 'employees', 'hourlyCost',
      'productivityLoss', 'responders', 'responderRate', 'extraHours', 'slaTarget', 'slaContract', 'slaPriorMinutes',
      'slaTiers', 'churnCustomers', 'customerValue', 'otherCosts', 'currency', 'calendar', 'incidentsPerYear', 'fasterBy',
    ]);
    expect([...SHARE_PARAM_NAMES].sort()).toEqual(Object.keys(DEFAULT_COST_INPUTS).sort());
  });
});

describe('parseShareParams', () => {
  it('applies known, valid parameters on top of the defaults', () => {
    const parsed = parseShareParams('?minutes=90&revenue=1000000&revenuePeriod=year&currency=EUR&calendar=30day');
    expect(parsed.inputs).toEqual({
      ...DEFAULT_COST_INPUTS,
      minutes: 90,
      revenue: 1_000_000,
      revenuePeriod: 'year',
      currency: 'EUR',
      calendar: '30day',
    });
    expect(parsed.applied).toEqual(['minutes', 'revenue', 'revenuePeriod', 'currency', 'calendar']);
    expect(parsed.notices).toEqual([]);
  });

  it('starts from the given base instead of the defaults', () => {
    const base = { ...cloneCostInputs(DEFAULT_COST_INPUTS), employees: 7 };
    expect(parseShareParams('minutes=10', base).inputs).toMatchObject({ employees: 7, minutes: 10 });
  });

  it('reads credit tiers, and an empty value as no tiers', () => {
    expect(parseShareParams('slaTiers=99.9:10,99:25').inputs.slaTiers).toEqual([
      { below: 99.9, credit: 10 },
      { below: 99, credit: 25 },
    ]);
    expect(parseShareParams('slaTiers=99.9%3A10%2C95%3A100').inputs.slaTiers).toEqual([
      { below: 99.9, credit: 10 },
      { below: 95, credit: 100 },
    ]);
    const empty = parseShareParams('slaTiers=');
    expect(empty.inputs.slaTiers).toEqual([]);
    expect(empty.applied).toEqual(['slaTiers']);
  });

  it('ignores unknown and invalid parameters with a notice saying why', () => {
    const parsed = parseShareParams('?minutes=0&affected=lots&foo=bar&slaTiers=99:x&revenuePeriod=week&currency=ZZZ&revenue=5');
    expect(parsed.inputs).toEqual({ ...DEFAULT_COST_INPUTS, revenue: 5 });
    expect(parsed.applied).toEqual(['revenue']);
    expect(parsed.notices).toEqual([
      { name: 'minutes', value: '0', reason: 'Enter a duration of at least 1 minute' },
      { name: 'affected', value: 'lots', reason: 'Enter the share of users affected as a percentage between 0 and 100' },
      { name: 'foo', value: 'bar', reason: UNKNOWN_PARAM_REASON },
      {
        name: 'slaTiers',
        value: '99:x',
        reason: 'Enter credit tiers as uptime:credit pairs separated by commas, such as 99.9:10,99:25',
      },
      { name: 'revenuePeriod', value: 'week', reason: 'Select whether revenue is per hour, day, month or year' },
      { name: 'currency', value: 'ZZZ', reason: 'Enter a currency code from ISO 4217, such as USD or EUR' },
    ]);
  });

  it('only takes plain decimal numbers', () => {
    for (const value of ['0x10', 'Infinity', '', ' ', '1,000', '1e400', '12abc']) {
      const parsed = parseShareParams(new URLSearchParams({ revenue: value }));
      expect(parsed.applied, value).toEqual([]);
      expect(parsed.notices[0]?.reason).toBe('Enter revenue as an amount, such as 250000');
    }
    expect(parseShareParams('revenue=1.5e6&minutes=+30').inputs).toMatchObject({ revenue: 1_500_000, minutes: 30 });
  });

  it('accepts a lower-case currency code', () => {
    expect(parseShareParams('currency=gbp').inputs.currency).toBe('GBP');
  });

  it('returns the base untouched and nothing applied when the link has no calculator parameters', () => {
    for (const search of ['', '?', '?utm_source=x', 'https://example.org/calc#minutes=5']) {
      const parsed = parseShareParams(search);
      expect(parsed.applied).toEqual([]);
      expect(parsed.inputs).toEqual(DEFAULT_COST_INPUTS);
    }
  });

  it('accepts a whole URL', () => {
    expect(parseShareParams('https://example.org/calc?minutes=12#top').inputs.minutes).toBe(12);
  });

  it('truncates the untrusted text in notices to 60 characters', () => {
    const payload = `<img src=x onerror=alert(1)>${'A'.repeat(200)}`;
    const parsed = parseShareParams(new URLSearchParams([[payload, payload], ['minutes', payload]]));
    for (const notice of parsed.notices) {
      expect(Array.from(notice.value).length).toBeLessThanOrEqual(60);
      expect(Array.from(notice.name).length).toBeLessThanOrEqual(60);
    }
    expect(parsed.notices[0]!.value.endsWith('…')).toBe(true);
  });

  it('caps the notices a crafted link can produce', () => {
    const params = new URLSearchParams(Array.from({ length: 500 }, (_, i) => [`p${i}`, 'x']));
    const { notices } = parseShareParams(params);
    expect(notices).toHaveLength(MAX_PARAM_NOTICES + 1);
    expect(notices.at(-1)?.reason).toBe('480 more parameters ignored');
  });

  it('never throws, and always returns inputs that pass validation', () => {
    const name = fc.oneof(fc.constantFrom(...SHARE_PARAM_NAMES), fc.string());
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.array(fc.tuple(fc.double(), fc.double()), { maxLength: 12 }).map((tiers) => tiers.map(([a, b]) => `${a}:${b}`).join(',')),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.tuple(name, value), { maxLength: 30 })), (search) => {
        const parsed = parseShareParams(typeof search === 'string' ? search : new URLSearchParams(search));
        expect(parseCostInputs(parsed.inputs).ok).toBe(true);
        for (const notice of parsed.notices) expect(Array.from(notice.value).length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasShareParams', () => {
  it('is true only when a calculator parameter is present', () => {
    expect(hasShareParams('?minutes=abc')).toBe(true);
    expect(hasShareParams(new URLSearchParams({ slaTiers: '' }))).toBe(true);
    expect(hasShareParams('?utm_source=x')).toBe(false);
    expect(hasShareParams('')).toBe(false);
  });
});

describe('serializeShareParams', () => {
  it('writes every parameter, with tiers as below:credit pairs', () => {
    const params = serializeShareParams(DEFAULT_COST_INPUTS);
    expect([...params.keys()]).toEqual(SHARE_PARAM_NAMES);
    expect(params.get('slaTiers')).toBe('99.9:10,99:25,95:100');
    expect(params.get('calendar')).toBe('gregorian');
    expect(serializeShareParams({ ...DEFAULT_COST_INPUTS, slaTiers: [] }).get('slaTiers')).toBe('');
  });

  it('drops floating-point noise', () => {
    const params = serializeShareParams({ ...DEFAULT_COST_INPUTS, minutes: 0.1 + 0.2 + 60, affected: 1.1 * 3 });
    expect(params.get('minutes')).toBe('60.3');
    expect(params.get('affected')).toBe('3.3');
  });

  it('round-trips any valid inputs through parseShareParams', () => {
    fc.assert(
      fc.property(arbitraryCostInputs('typed'), (inputs: CostInputs) => {
        const parsed = parseShareParams(serializeShareParams(inputs).toString());
        expect(parsed.notices).toEqual([]);
        expect(parsed.applied).toHaveLength(SHARE_PARAM_NAMES.length);
        expect(parsed.inputs).toEqual(inputs);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildShareUrl', () => {
  it('replaces the query, keeps path and fragment, and leaves tiers readable', () => {
    const url = buildShareUrl('https://example.org/tools/outage-kit/calculator?old=1#results', DEFAULT_COST_INPUTS);
    expect(url.startsWith('https://example.org/tools/outage-kit/calculator?minutes=45&affected=60&')).toBe(true);
    expect(url).toContain('&slaTiers=99.9:10,99:25,95:100&');
    expect(url).not.toContain('old=1');
    expect(url.endsWith('&fasterBy=25#results')).toBe(true);
    expect(parseShareParams(new URL(url).search).inputs).toEqual(DEFAULT_COST_INPUTS);
  });

  it('works with a relative base', () => {
    expect(buildShareUrl('./calculator', DEFAULT_COST_INPUTS).startsWith('./calculator?minutes=45')).toBe(true);
  });
});

describe('parseShareParams with a parameter given twice', () => {
  it('uses the last valid value and names the parameter in a notice instead of choosing silently', () => {
    const parsed = parseShareParams('?revenue=5000&minutes=30&revenue=9000');
    expect(parsed.inputs.revenue).toBe(9000);
    expect(parsed.applied).toEqual(['revenue', 'minutes']);
    expect(parsed.notices).toEqual([
      { name: 'revenue', value: '5000, 9000', reason: 'given 2 times; used the last one' },
    ]);
  });

  it('keeps the earlier value when the later one is invalid, and says which was used', () => {
    const parsed = parseShareParams('minutes=30&minutes=0');
    expect(parsed.inputs.minutes).toBe(30);
    expect(parsed.notices.map((n) => n.name)).toEqual(['minutes', 'minutes']);
    expect(parsed.notices[1]).toEqual({ name: 'minutes', value: '30, 0', reason: 'given 2 times; used value 1 of 2, the last valid one' });
  });

  it('says when no copy of a repeated parameter was valid', () => {
    const parsed = parseShareParams('currency=ZZZ&currency=QQQ');
    expect(parsed.inputs.currency).toBe(DEFAULT_COST_INPUTS.currency);
    expect(parsed.notices.at(-1)).toEqual({
      name: 'currency',
      value: 'ZZZ, QQQ',
      reason: 'given 2 times; none was valid',
    });
  });

  it('gives no duplicate notice for a link the calculator itself built', () => {
    const inputs = { ...DEFAULT_COST_INPUTS, revenue: 123_456 };
    expect(parseShareParams(buildShareUrl('https://example.test/calculator', inputs)).notices).toEqual([]);
  });
});
