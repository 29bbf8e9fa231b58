import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { DEFAULT_COST_INPUTS } from './cost-inputs';
import { buildCostMessage, buildResizeMessage, isResizeMessage } from './embed-messages';

describe('buildCostMessage', () => {
  it('carries the same figures as the calculator, in the documented shape', () => {
    const cost = calculateDowntimeCost(DEFAULT_COST_INPUTS);
    const message = buildCostMessage(cost, 'EUR');
    expect(message).toEqual({
      type: 'outage-kit:cost',
      total: cost.total,
      perMinute: cost.perMinute,
      perHour: cost.perHour,
      currency: 'EUR',
      breakdown: { ...cost.breakdown },
    });
    expect(Object.keys(message.breakdown)).toEqual(['revenue', 'productivity', 'response', 'sla', 'churn', 'other']);
    // Plain data: it must survive postMessage's structured clone unchanged.
    expect(structuredClone(message)).toEqual(message);
  });
});

describe('buildResizeMessage and isResizeMessage', () => {
  it('rounds the height up so the frame never cuts off the last pixel row', () => {
    expect(buildResizeMessage(812.2)).toEqual({ type: 'outage-kit:resize', height: 813 });
    expect(buildResizeMessage(Number.NaN).height).toBe(0);
  });

  it('accepts only well-formed height messages', () => {
    expect(isResizeMessage({ type: 'outage-kit:resize', height: 500 })).toBe(true);
    for (const bad of [null, 'outage-kit:resize', { type: 'outage-kit:resize', height: '500' }, { type: 'outage-kit:resize', height: -1 }, { type: 'other', height: 5 }]) {
      expect(isResizeMessage(bad)).toBe(false);
    }
  });
});
