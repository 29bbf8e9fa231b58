import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, parseCostInputs } from './cost-inputs';
import { COST_PRESETS, applyCostPreset, findCostPreset } from './presets';

describe('COST_PRESETS', () => {
  it('offers small SaaS, e-commerce and enterprise, each valid once applied', () => {
    expect(COST_PRESETS.map((preset) => preset.id)).toEqual(['small-saas', 'e-commerce', 'enterprise']);
    for (const preset of COST_PRESETS) {
      expect(parseCostInputs(applyCostPreset(DEFAULT_COST_INPUTS, preset)).ok).toBe(true);
      expect(preset.description.length).toBeGreaterThan(40);
    }
  });

  it('cites a source or says plainly that the figures are illustrative', () => {
    for (const preset of COST_PRESETS) {
      if (preset.source) expect(preset.source.url).toMatch(/^https:\/\//);
      else expect(preset.description).toMatch(/illustrative/);
    }
  });

  it('reproduces Gartner’s $5,600 a minute for the enterprise preset, within 1 %', () => {
    const enterprise = findCostPreset('enterprise')!;
    expect(enterprise.source?.label).toBe('Gartner, The Cost of Downtime (Andrew Lerner, 2014)');
    expect(enterprise.source?.url).toBe('https://blogs.gartner.com/andrew-lerner/2014/07/16/the-cost-of-downtime/');
    for (const calendar of ['gregorian', '30day'] as const) {
      for (const minutes of [DEFAULT_COST_INPUTS.minutes, 5, 240]) {
        const inputs = applyCostPreset({ ...DEFAULT_COST_INPUTS, calendar, minutes }, enterprise);
        const { perMinute } = calculateDowntimeCost(inputs);
        expect(Math.abs(perMinute - 5600) / 5600).toBeLessThan(0.01);
      }
    }
  });
});

describe('applyCostPreset', () => {
  it('keeps the outage, currency and calendar unless the preset sets them', () => {
    const current = { ...DEFAULT_COST_INPUTS, minutes: 95, currency: 'EUR', calendar: '30day' as const };
    const saas = applyCostPreset(current, findCostPreset('small-saas')!);
    expect(saas).toMatchObject({ minutes: 95, currency: 'EUR', calendar: '30day', revenue: 1_000_000 });
    expect(applyCostPreset(current, findCostPreset('enterprise')!).currency).toBe('USD');
  });

  it('returns a copy that does not share the preset’s tier list', () => {
    const preset = findCostPreset('small-saas')!;
    const applied = applyCostPreset(DEFAULT_COST_INPUTS, preset);
    applied.slaTiers[0]!.credit = 99;
    expect(preset.inputs.slaTiers?.[0]?.credit).toBe(10);
  });
});
