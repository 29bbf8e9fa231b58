import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, parseCostInputs } from './cost-inputs';
import { COST_PRESETS, applyCostPreset, describePresetCurrency, findCostPreset } from './presets';

const perMinuteAt = (id: string, minutes: number, calendar: 'gregorian' | '30day' = 'gregorian') =>
  calculateDowntimeCost(applyCostPreset({ ...DEFAULT_COST_INPUTS, minutes, calendar }, findCostPreset(id)!)).perMinute;

describe('COST_PRESETS', () => {
  it('offers the Uptime 2025, Splunk 2024, ITIC 2024 and Gartner 2014 figures, newest first, each valid once applied', () => {
    expect(COST_PRESETS.map((preset) => preset.id)).toEqual(['uptime-2025', 'splunk-2024', 'itic-2024', 'enterprise']);
    expect(COST_PRESETS.map((preset) => preset.source.year)).toEqual([2025, 2024, 2024, 2014]);
    for (const preset of COST_PRESETS) {
      expect(parseCostInputs(applyCostPreset(DEFAULT_COST_INPUTS, preset)).ok).toBe(true);
    }
  });

  it('gives every preset a source with publisher, year, what it measured, an https link and a one-line caveat', () => {
    for (const preset of COST_PRESETS) {
      const { publisher, title, year, measured, url, caveat } = preset.source;
      expect(publisher.length).toBeGreaterThan(2);
      expect(title.length).toBeGreaterThan(5);
      expect(year).toBeGreaterThanOrEqual(2014);
      expect(measured.length).toBeGreaterThan(40);
      expect(url).toMatch(/^https:\/\/[^\s]+$/);
      expect(caveat).not.toMatch(/\n/);
      expect(caveat.length).toBeLessThan(140);
    }
  });

  it('marks only the Gartner 2014 figure as dated, and names the year in its label', () => {
    expect(COST_PRESETS.filter((preset) => preset.source.dated).map((preset) => preset.id)).toEqual(['enterprise']);
    expect(findCostPreset('enterprise')!.name).toMatch(/2014.*dated/);
  });

  it('reproduces ITIC’s $300,000 an hour exactly, at every outage length and calendar', () => {
    for (const calendar of ['gregorian', '30day'] as const) {
      for (const minutes of [1, 60, 240]) expect(perMinuteAt('itic-2024', minutes, calendar) * 60).toBeCloseTo(300_000, 6);
    }
  });

  it('reproduces Splunk’s $9,000 a minute ($540,000 an hour) exactly', () => {
    for (const minutes of [1, 60, 240]) expect(perMinuteAt('splunk-2024', minutes)).toBeCloseTo(9_000, 6);
  });

  it('reproduces Uptime’s $100,000 outage as one total, whatever the outage length', () => {
    for (const minutes of [5, 60, 600]) {
      const inputs = applyCostPreset({ ...DEFAULT_COST_INPUTS, minutes }, findCostPreset('uptime-2025')!);
      expect(calculateDowntimeCost(inputs).total).toBe(100_000);
    }
  });

  it('reproduces Gartner’s $5,600 a minute within 1 %', () => {
    for (const calendar of ['gregorian', '30day'] as const) {
      for (const minutes of [DEFAULT_COST_INPUTS.minutes, 5, 240]) {
        expect(Math.abs(perMinuteAt('enterprise', minutes, calendar) - 5600) / 5600).toBeLessThan(0.01);
      }
    }
  });
});

describe('applyCostPreset', () => {
  it('keeps the outage, downtime this month, currency, calendar and year view for every preset', () => {
    const current = {
      ...DEFAULT_COST_INPUTS,
      minutes: 95,
      slaPriorMinutes: 12,
      currency: 'EUR',
      calendar: '30day' as const,
      incidentsPerYear: 7,
      fasterBy: 40,
    };
    for (const preset of COST_PRESETS) {
      expect(applyCostPreset(current, preset)).toMatchObject({
        minutes: 95,
        slaPriorMinutes: 12,
        currency: 'EUR',
        calendar: '30day',
        incidentsPerYear: 7,
        fasterBy: 40,
      });
    }
  });

  it('returns a copy that does not share the preset’s tier list', () => {
    const preset = findCostPreset('itic-2024')!;
    const applied = applyCostPreset(DEFAULT_COST_INPUTS, preset);
    applied.slaTiers.push({ below: 99, credit: 10 });
    expect(preset.inputs.slaTiers).toEqual([]);
  });
});

describe('describePresetCurrency', () => {
  it('says the source’s dollar amounts are not converted when the user works in another currency', () => {
    expect(describePresetCurrency(findCostPreset('itic-2024')!, 'EUR')).toBe(
      'Amounts are the source’s USD figures, entered as EUR without conversion.',
    );
    expect(describePresetCurrency(findCostPreset('itic-2024')!, 'USD')).toBeNull();
  });
});
