// Starting points for the calculator, each reproducing one published downtime-cost figure, so a user can see a
// realistic result before knowing every figure — and see where that figure comes from and how old it is.
import { cloneCostInputs, type CostInputs } from './cost-inputs';

/** Where a preset's figure comes from: enough for a reader to judge it and to check it at the source. */
export interface PresetSource {
  /** Who published it, e.g. "ITIC". */
  publisher: string;
  /** The report's or page's title. */
  title: string;
  /** Year of publication. */
  year: number;
  /** What the source measured, in one sentence. */
  measured: string;
  /** The page we read the figure on (opened by the user only; the app never fetches it). */
  url: string;
  /** One line on what the figure is not. */
  caveat: string;
  /** ISO 4217 code the source's amounts are in. */
  currency: string;
  /** True when the figure is old enough that it should not be read as today's cost. */
  dated: boolean;
}

/** A named set of inputs reproducing a cited figure. */
export interface CostPreset {
  id: string;
  name: string;
  /** What the inputs are and how they reproduce the source's figure. */
  description: string;
  source: PresetSource;
  inputs: Partial<CostInputs>;
}

// Shared by every preset: they describe a cost rate, not a contract, so SLA credits, churn and lump sums are off
// unless the source is itself a lump sum. Outage length, downtime already this month, currency and calendar are
// the user's and are never set here.
const NO_EXTRAS: Partial<CostInputs> = {
  affected: 100,
  dependent: 100,
  recovered: 0,
  extraHours: 0,
  slaContract: 0,
  slaTiers: [],
  churnCustomers: 0,
  customerValue: 0,
  otherCosts: 0,
};

/**
 * The presets the calculator offers, newest source first. Each reproduces its source's headline figure; how each
 * set of inputs was derived is written down in docs/DECISIONS.md ("Presets with cited sources").
 */
export const COST_PRESETS: readonly CostPreset[] = [
  {
    id: 'uptime-2025',
    name: 'Significant outage (Uptime 2025)',
    description:
      'One significant outage costing 100,000 in total, entered as a one-off cost: the figure is for a whole ' +
      'outage and the source gives no length, so the cost does not grow by the minute.',
    source: {
      publisher: 'Uptime Institute',
      title: 'Annual Outage Analysis 2025',
      year: 2025,
      measured:
        '54 % of respondents to its 2024 data-centre survey said their most recent significant outage cost more than ' +
        '$100,000; one in five said more than $1 million.',
      url: 'https://intelligence.uptimeinstitute.com/index.php/resource/annual-outage-analysis-2025',
      caveat: 'A threshold most operators passed, not an average; Uptime itself says outage data should be treated sceptically.',
      currency: 'USD',
      dated: false,
    },
    inputs: {
      ...NO_EXTRAS,
      revenue: 0,
      revenuePeriod: 'hour',
      employees: 0,
      hourlyCost: 0,
      productivityLoss: 0,
      responders: 0,
      responderRate: 0,
      otherCosts: 100_000,
    },
  },
  {
    id: 'splunk-2024',
    name: 'Global 2000 company (Splunk 2024)',
    description:
      'About 9,000 a minute (540,000 an hour): 479,000 an hour of revenue that fully depends on the service, ' +
      '2,000 staff at half productivity and 10 responders, with every cost growing by the minute.',
    source: {
      publisher: 'Splunk with Oxford Economics',
      title: 'The Hidden Costs of Downtime',
      year: 2024,
      measured:
        'A survey of 2,000 executives of Global 2000 companies: downtime costs them $400 billion a year, $200 million ' +
        'per company, or about $9,000 a minute.',
      url: 'https://www.splunk.com/en_us/perspectives/cost-of-downtime-from-global-executives.html',
      caveat:
        'Counts fines and hidden costs (stock price, reputation) too; lost revenue alone is $49 million of the $200 million.',
      currency: 'USD',
      dated: false,
    },
    inputs: {
      ...NO_EXTRAS,
      revenue: 479_000,
      revenuePeriod: 'hour',
      employees: 2_000,
      hourlyCost: 60,
      productivityLoss: 50,
      responders: 10,
      responderRate: 100,
    },
  },
  {
    id: 'itic-2024',
    name: 'Mid-to-large firm (ITIC 2024)',
    description:
      'Exactly 300,000 an hour (5,000 a minute): 272,000 an hour of revenue that fully depends on the service, ' +
      '1,000 staff at half productivity and 5 responders, with every cost growing by the minute.',
    source: {
      publisher: 'ITIC',
      title: '2024 Hourly Cost of Downtime Survey',
      year: 2024,
      measured:
        'A web survey of over 1,000 firms worldwide (Nov 2023 – Mar 2024): for over 90 % of mid-size and large ' +
        'enterprises an hour of downtime costs more than $300,000.',
      url: 'https://itic-corp.com/itic-2024-hourly-cost-of-downtime-report',
      caveat: 'A floor most firms exceed, not an average; respondents’ own estimates, excluding litigation and penalties.',
      currency: 'USD',
      dated: false,
    },
    inputs: {
      ...NO_EXTRAS,
      revenue: 272_000,
      revenuePeriod: 'hour',
      employees: 1_000,
      hourlyCost: 55,
      productivityLoss: 50,
      responders: 5,
      responderRate: 100,
    },
  },
  {
    id: 'enterprise',
    name: 'Gartner average (2014, dated)',
    description:
      'About 5,600 a minute (336,000 an hour): 2.7 billion a year in revenue that fully depends on the service, ' +
      '650 staff at half productivity and 8 responders, with every cost growing by the minute.',
    source: {
      publisher: 'Gartner (Andrew Lerner)',
      title: 'The Cost of Downtime',
      year: 2014,
      measured:
        'A blog post quoting $5,600 a minute as the figure Gartner typically cited, an average drawn from earlier ' +
        'industry surveys of data-centre downtime.',
      url: 'https://blogs.gartner.com/andrew-lerner/2014/07/16/the-cost-of-downtime/',
      caveat: 'Dated: over ten years old and from older data-centre surveys; the post itself says the variance is large.',
      currency: 'USD',
      dated: true,
    },
    inputs: {
      ...NO_EXTRAS,
      revenue: 2_700_000_000,
      revenuePeriod: 'year',
      employees: 650,
      hourlyCost: 80,
      productivityLoss: 50,
      responders: 8,
      responderRate: 150,
    },
  },
];

/** Finds a preset by id (e.g. from a link or saved choice); undefined if there is none. */
export function findCostPreset(id: string): CostPreset | undefined {
  return COST_PRESETS.find((preset) => preset.id === id);
}

/**
 * Applies a preset on top of the current inputs: the preset's fields replace the current ones; the outage length,
 * downtime already this month, currency, calendar and year view are kept. Returns a new object.
 */
export function applyCostPreset(current: CostInputs, preset: CostPreset): CostInputs {
  return cloneCostInputs({ ...current, ...preset.inputs });
}

/**
 * What to tell a user whose currency differs from the source's: amounts are entered as the source's figures,
 * not converted (the app has no exchange rates, and a stale rate would be a hidden error). Null when they match.
 */
export function describePresetCurrency(preset: CostPreset, currency: string): string | null {
  if (preset.source.currency === currency) return null;
  return `Amounts are the source’s ${preset.source.currency} figures, entered as ${currency} without conversion.`;
}
