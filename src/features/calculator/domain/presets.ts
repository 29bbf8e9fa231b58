// Starting points for the calculator, so a user can see a realistic result before knowing every figure.
import { cloneCostInputs, DEFAULT_SLA_TIERS, type CostInputs } from './cost-inputs';

/** A named set of inputs describing a kind of business; `source` cites where the figures come from, if anywhere. */
export interface CostPreset {
  id: string;
  name: string;
  description: string;
  source: { label: string; url: string } | null;
  inputs: Partial<CostInputs>;
}

const defaultTiers = () => DEFAULT_SLA_TIERS.map((tier) => ({ ...tier }));

/**
 * The presets the calculator offers. Each describes the business, not the incident: it leaves the outage length,
 * the downtime already spent this month, the year view, and (unless it says otherwise) currency and calendar alone.
 */
export const COST_PRESETS: readonly CostPreset[] = [
  {
    id: 'small-saas',
    name: 'Small SaaS',
    description:
      'A software-as-a-service business with about 1 million a year in recurring revenue and a dozen staff. ' +
      'Subscribers keep paying through a short outage, so most lost revenue is made up later; the real cost is SLA ' +
      'credits and the odd lost customer. The figures are illustrative, not taken from a study.',
    source: null,
    inputs: {
      affected: 100,
      revenue: 1_000_000,
      revenuePeriod: 'year',
      dependent: 100,
      recovered: 75,
      employees: 12,
      hourlyCost: 60,
      productivityLoss: 50,
      responders: 2,
      responderRate: 90,
      extraHours: 3,
      slaTarget: 99.9,
      slaContract: 25_000,
      slaTiers: defaultTiers(),
      churnCustomers: 1,
      customerValue: 6_000,
      otherCosts: 0,
    },
  },
  {
    id: 'e-commerce',
    name: 'Online store',
    description:
      'An online shop taking about 50,000 a day. Sales stop the moment checkout is down and only some shoppers ' +
      'come back later; there are no contracts with SLA credits. The figures are illustrative, not taken from a study.',
    source: null,
    inputs: {
      affected: 100,
      revenue: 50_000,
      revenuePeriod: 'day',
      dependent: 95,
      recovered: 25,
      employees: 25,
      hourlyCost: 45,
      productivityLoss: 40,
      responders: 3,
      responderRate: 90,
      extraHours: 2,
      slaTarget: 99.9,
      slaContract: 0,
      slaTiers: [],
      churnCustomers: 0,
      customerValue: 0,
      otherCosts: 0,
    },
  },
  {
    id: 'enterprise',
    name: 'Enterprise (Gartner average)',
    description:
      "Gartner's widely quoted 2014 industry average of $5,600 for every minute of downtime (about $336,000 an hour). " +
      'Gartner gives only the average; these inputs are chosen to reproduce it — 2.7 billion a year in revenue that ' +
      'fully depends on the service, 650 staff at half productivity, 8 responders — with every cost growing by the ' +
      'minute. Add SLA credits, churn or one-off costs if they apply to you.',
    source: {
      label: 'Gartner, The Cost of Downtime (Andrew Lerner, 2014)',
      url: 'https://blogs.gartner.com/andrew-lerner/2014/07/16/the-cost-of-downtime/',
    },
    inputs: {
      affected: 100,
      revenue: 2_700_000_000,
      revenuePeriod: 'year',
      dependent: 100,
      recovered: 0,
      employees: 650,
      hourlyCost: 80,
      productivityLoss: 50,
      responders: 8,
      responderRate: 150,
      // Lump sums would make the cost per minute depend on the outage length; the average is per minute.
      extraHours: 0,
      slaTarget: 99.9,
      slaContract: 0,
      slaTiers: defaultTiers(),
      churnCustomers: 0,
      customerValue: 0,
      otherCosts: 0,
      // Gartner's figure is in US dollars.
      currency: 'USD',
    },
  },
];

/** Finds a preset by id (e.g. from a link or saved choice); undefined if there is none. */
export function findCostPreset(id: string): CostPreset | undefined {
  return COST_PRESETS.find((preset) => preset.id === id);
}

/**
 * Applies a preset on top of the current inputs: the preset's fields replace the current ones, everything else
 * (outage length, currency and calendar unless the preset sets them) is kept. Returns a new object.
 */
export function applyCostPreset(current: CostInputs, preset: CostPreset): CostInputs {
  return cloneCostInputs({ ...current, ...preset.inputs });
}
