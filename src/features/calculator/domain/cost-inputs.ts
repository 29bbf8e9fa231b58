// The calculator's inputs: one shape, its defaults, its limits and its validation, shared by the form, storage and share links.
import type { Calendar } from './calendar';

/** The period a revenue amount is given per. */
export type RevenuePeriod = 'hour' | 'day' | 'month' | 'year';

/** Every revenue period, in the order the UI offers them. */
export const REVENUE_PERIODS: readonly RevenuePeriod[] = ['hour', 'day', 'month', 'year'];

/** An SLA credit tier: monthly uptime below `below`% earns the customer `credit`% of the monthly contract value. */
export interface SlaTier {
  below: number;
  credit: number;
}

/** Everything the downtime cost model needs. Percentages are on the 0–100 scale, money in `currency`. */
export interface CostInputs {
  /** Outage duration in minutes. */
  minutes: number;
  /** Share of users or traffic affected (%). */
  affected: number;
  /** Revenue amount per `revenuePeriod`. */
  revenue: number;
  revenuePeriod: RevenuePeriod;
  /** Share of revenue that depends on the affected service (%). */
  dependent: number;
  /** Share of lost sales that customers complete later (%). */
  recovered: number;
  /** Employees whose work the outage affects. */
  employees: number;
  /** Fully loaded hourly cost of one employee. */
  hourlyCost: number;
  /** Share of those employees' productivity lost (%). */
  productivityLoss: number;
  /** People responding to the incident. */
  responders: number;
  /** Fully loaded hourly cost of one responder. */
  responderRate: number;
  /** Hours each responder spends after the outage (clean-up, postmortem). */
  extraHours: number;
  /** Monthly uptime target (%), for the error budget. */
  slaTarget: number;
  /** Monthly value of the contracts that carry SLA credits. */
  slaContract: number;
  /** Downtime already spent this month, in minutes. */
  slaPriorMinutes: number;
  slaTiers: SlaTier[];
  churnCustomers: number;
  /** Value of one customer (e.g. lifetime value). */
  customerValue: number;
  /** One-off costs: fines, hardware, third parties. */
  otherCosts: number;
  /** ISO 4217 currency code, e.g. 'USD'. */
  currency: string;
  calendar: Calendar;
  /** Annual view: incidents per year like this one. */
  incidentsPerYear: number;
  /** Annual view: % by which outage length would be cut. */
  fasterBy: number;
}

/** The fields of {@link CostInputs} that hold a single number. */
export type NumericCostField = {
  [K in keyof CostInputs]: CostInputs[K] extends number ? K : never;
}[keyof CostInputs];

/** The accepted range of a numeric input; `integer` asks for whole numbers (the UI can use step="1"). */
export interface NumericLimit {
  min: number;
  max: number;
  integer: boolean;
}

/** Ranges for the SLA tier list. `below` must be greater than `below.min` (0) — a tier "below 0 %" could never apply. */
export interface SlaTierLimits {
  maxItems: number;
  below: NumericLimit;
  credit: NumericLimit;
}

const PERCENT: NumericLimit = { min: 0, max: 100, integer: false };
const MONEY: NumericLimit = { min: 0, max: 1e12, integer: false };
const HEADCOUNT: NumericLimit = { min: 0, max: 10_000_000, integer: true };
const HOURLY_RATE: NumericLimit = { min: 0, max: 100_000, integer: false };

/** Minimum and maximum per input, used by the schema and by the form's min/max/step attributes. */
export const COST_INPUT_LIMITS: Readonly<Record<NumericCostField, NumericLimit>> & { slaTiers: SlaTierLimits } = {
  // One (Gregorian) year of minutes: a longer "outage" is a different problem.
  minutes: { min: 1, max: 525_949, integer: false },
  affected: PERCENT,
  revenue: MONEY,
  dependent: PERCENT,
  recovered: PERCENT,
  employees: HEADCOUNT,
  hourlyCost: HOURLY_RATE,
  productivityLoss: PERCENT,
  responders: HEADCOUNT,
  responderRate: HOURLY_RATE,
  extraHours: { min: 0, max: 1000, integer: false },
  // 100 % leaves no error budget (and divides by zero); below 50 % is not an availability target anyone signs.
  slaTarget: { min: 50, max: 99.99999, integer: false },
  slaContract: MONEY,
  // The longest month has 44,640 minutes.
  slaPriorMinutes: { min: 0, max: 44_640, integer: false },
  churnCustomers: HEADCOUNT,
  customerValue: MONEY,
  otherCosts: MONEY,
  incidentsPerYear: { min: 0, max: 10_000, integer: false },
  fasterBy: PERCENT,
  slaTiers: { maxItems: 10, below: PERCENT, credit: PERCENT },
};

/** The default credit tiers: uptime below 99.9 % → 10 %, below 99 % → 25 %, below 95 % → 100 %. */
export const DEFAULT_SLA_TIERS: readonly Readonly<SlaTier>[] = Object.freeze([
  Object.freeze({ below: 99.9, credit: 10 }),
  Object.freeze({ below: 99, credit: 25 }),
  Object.freeze({ below: 95, credit: 100 }),
]);

/**
 * A mid-size SaaS business (about 24 million a year in revenue) with a 45-minute partial outage.
 * Deeply frozen: copy it with {@link cloneCostInputs} before changing anything.
 */
export const DEFAULT_COST_INPUTS: CostInputs = Object.freeze({
  minutes: 45,
  affected: 60,
  revenue: 2_000_000,
  revenuePeriod: 'month',
  dependent: 80,
  recovered: 10,
  employees: 50,
  hourlyCost: 75,
  productivityLoss: 50,
  responders: 5,
  responderRate: 100,
  extraHours: 4,
  slaTarget: 99.9,
  slaContract: 200_000,
  slaPriorMinutes: 0,
  slaTiers: DEFAULT_SLA_TIERS as SlaTier[],
  churnCustomers: 1,
  customerValue: 12_000,
  otherCosts: 0,
  currency: 'USD',
  calendar: 'gregorian',
  incidentsPerYear: 6,
  fasterBy: 25,
} satisfies CostInputs);

// Built on first use, not when the module loads: the first Intl formatter of a page loads the browser's
// locale data, a long task of its own that start-up schedules between others (see src/app/main.tsx).
let englishNumber: Intl.NumberFormat | null = null;
const n = (value: number): string => (englishNumber ??= new Intl.NumberFormat('en', { maximumFractionDigits: 5 })).format(value);

/**
 * A field validator: returns the value, or the message that tells the user what to enter (GOV.UK style).
 * Hand-written rather than zod: the calculator is on the start page of the app and the embed, where every
 * kilobyte counts; nested documents (incidents, postmortems) use zod in their own lazily loaded chunks.
 */
type FieldCheck<T> = (value: unknown) => { ok: true; value: T } | { ok: false; message: string; subPath?: string };

/** What each failure of a numeric field tells the user: what to enter, not what went wrong. */
interface NumberMessages {
  /** Not a number, or (for integer fields) not a whole number. */
  type: string;
  min: string;
  max: string;
}

function numberField(limit: NumericLimit, messages: NumberMessages, exclusiveMin = false): FieldCheck<number> {
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, message: messages.type };
    if (limit.integer && !Number.isInteger(value)) return { ok: false, message: messages.type };
    if (exclusiveMin ? value <= limit.min : value < limit.min) return { ok: false, message: messages.min };
    if (value > limit.max) return { ok: false, message: messages.max };
    return { ok: true, value };
  };
}

function enumField<T extends string>(values: readonly T[], message: string): FieldCheck<T> {
  return (value) => (values.includes(value as T) ? { ok: true, value: value as T } : { ok: false, message });
}

/** A percentage field whose every failure gets the same, complete instruction. */
function percentField(what: string) {
  const message = `Enter ${what} as a percentage between 0 and 100`;
  return numberField(PERCENT, { type: message, min: message, max: message });
}

function moneyField(what: string, example: string) {
  return numberField(MONEY, {
    type: `Enter ${what} as an amount, such as ${example}`,
    min: `Enter ${what} of 0 or more`,
    max: `Enter ${what} of ${n(MONEY.max)} or less`,
  });
}

function hourlyRateField(what: string) {
  return numberField(HOURLY_RATE, {
    type: `Enter ${what} as an amount, such as 75`,
    min: `Enter ${what} of 0 or more`,
    max: `Enter ${what} of ${n(HOURLY_RATE.max)} or less`,
  });
}

function headcountField(what: string) {
  const range = `Enter ${what} between 0 and ${n(HEADCOUNT.max)}`;
  return numberField(HEADCOUNT, { type: `Enter ${what} as a whole number`, min: range, max: range });
}

function rangeField(limit: NumericLimit, message: string) {
  return numberField(limit, { type: message, min: message, max: message });
}

// Intl.NumberFormat accepts any well-formed code ("XYZ"), so the runtime's list of real currencies is the stricter test.
let knownCurrencies: ReadonlySet<string> | null | undefined;

function getKnownCurrencies(): ReadonlySet<string> | null {
  if (knownCurrencies === undefined) {
    try {
      knownCurrencies = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
    } catch {
      knownCurrencies = null;
    }
  }
  return knownCurrencies;
}

/** Whether `code` is an ISO 4217 currency this browser can format (three capital letters, known to Intl). */
export function isSupportedCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const known = getKnownCurrencies();
  if (known && known.size > 0 && !known.has(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

const CURRENCY_FORMAT_MESSAGE = 'Enter a currency code of 3 letters, such as USD or EUR';

const TIER_BELOW_MESSAGE = 'Enter the uptime of each credit tier as a percentage above 0 and up to 100';
const checkTierBelow = numberField(PERCENT, { type: TIER_BELOW_MESSAGE, min: TIER_BELOW_MESSAGE, max: TIER_BELOW_MESSAGE }, true);
const checkTierCredit = percentField('the credit of each credit tier');

const checkSlaTiers: FieldCheck<SlaTier[]> = (value) => {
  if (!Array.isArray(value)) return { ok: false, message: 'Enter the credit tiers as a list' };
  if (value.length > COST_INPUT_LIMITS.slaTiers.maxItems) {
    return { ok: false, message: `Enter no more than ${COST_INPUT_LIMITS.slaTiers.maxItems} credit tiers` };
  }
  const tiers: SlaTier[] = [];
  for (const [index, tier] of (value as unknown[]).entries()) {
    if (typeof tier !== 'object' || tier === null) return { ok: false, message: TIER_BELOW_MESSAGE, subPath: `${index}` };
    const below = checkTierBelow((tier as { below?: unknown }).below);
    if (!below.ok) return { ...below, subPath: `${index}.below` };
    const credit = checkTierCredit((tier as { credit?: unknown }).credit);
    if (!credit.ok) return { ...credit, subPath: `${index}.credit` };
    tiers.push({ below: below.value, credit: credit.value });
  }
  return { ok: true, value: tiers };
};

const checkCurrency: FieldCheck<string> = (value) => {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) return { ok: false, message: CURRENCY_FORMAT_MESSAGE };
  if (!isSupportedCurrency(value)) return { ok: false, message: 'Enter a currency code from ISO 4217, such as USD or EUR' };
  return { ok: true, value };
};

/** One check per field, so saved state and share links can keep the valid fields and drop only the bad ones. */
const fieldChecks: { [K in keyof CostInputs]: FieldCheck<CostInputs[K]> } = {
  minutes: numberField(COST_INPUT_LIMITS.minutes, {
    type: 'Enter the outage duration in minutes',
    min: 'Enter a duration of at least 1 minute',
    max: `Enter a duration of no more than ${n(COST_INPUT_LIMITS.minutes.max)} minutes (one year)`,
  }),
  affected: percentField('the share of users affected'),
  revenue: moneyField('revenue', '250000'),
  revenuePeriod: enumField(REVENUE_PERIODS, 'Select whether revenue is per hour, day, month or year'),
  dependent: percentField('the share of revenue that depends on the service'),
  recovered: percentField('the share of lost sales made up later'),
  employees: headcountField('the number of employees affected'),
  hourlyCost: hourlyRateField('the hourly cost of an employee'),
  productivityLoss: percentField('the productivity lost'),
  responders: headcountField('the number of responders'),
  responderRate: hourlyRateField('the hourly cost of a responder'),
  extraHours: rangeField(
    COST_INPUT_LIMITS.extraHours,
    `Enter the extra hours each responder spends as a number between 0 and ${n(COST_INPUT_LIMITS.extraHours.max)}`,
  ),
  slaTarget: rangeField(
    COST_INPUT_LIMITS.slaTarget,
    `Enter an SLA target between ${n(COST_INPUT_LIMITS.slaTarget.min)}% and ${n(COST_INPUT_LIMITS.slaTarget.max)}%`,
  ),
  slaContract: moneyField('the monthly value of contracts with SLA credits', '50000'),
  slaPriorMinutes: rangeField(
    COST_INPUT_LIMITS.slaPriorMinutes,
    `Enter the downtime already spent this month in minutes, between 0 and ${n(COST_INPUT_LIMITS.slaPriorMinutes.max)}`,
  ),
  slaTiers: checkSlaTiers,
  churnCustomers: headcountField('the number of customers lost'),
  customerValue: moneyField('the value of a customer', '5000'),
  otherCosts: moneyField('other costs', '10000'),
  currency: checkCurrency,
  calendar: enumField(['gregorian', '30day'] as const, 'Select Gregorian months or 30-day months'),
  incidentsPerYear: rangeField(
    COST_INPUT_LIMITS.incidentsPerYear,
    `Enter the number of incidents a year as a number between 0 and ${n(COST_INPUT_LIMITS.incidentsPerYear.max)}`,
  ),
  fasterBy: percentField('how much shorter outages would be'),
};

/** The names of every input, in the order of {@link CostInputs}. */
export const COST_INPUT_FIELDS = Object.keys(fieldChecks) as (keyof CostInputs)[];

/** One validation failure: `path` is the field name, `message` is ready to show next to the field. */
export interface CostInputIssue {
  path: string;
  message: string;
}

/** The result of {@link parseCostInputs}. */
export type ParseCostInputsResult = { ok: true; value: CostInputs } | { ok: false; issues: CostInputIssue[] };

/** Validates untrusted data (form values, imports) as calculator inputs, reporting every problem. */
export function parseCostInputs(value: unknown): ParseCostInputsResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '', message: 'Enter the calculator inputs' }] };
  }
  const record = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const issues: CostInputIssue[] = [];
  for (const field of COST_INPUT_FIELDS) {
    const checked = parseCostInputField(field, record[field]);
    if (checked.ok) result[field] = checked.value;
    else issues.push({ path: 'subPath' in checked && checked.subPath ? `${field}.${checked.subPath}` : field, message: checked.message });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: result as unknown as CostInputs };
}

/**
 * Validates a single field, returning its message on failure. Used for share-link parameters and field-level checks.
 * @returns `{ ok: true, value }` or `{ ok: false, message }` with the first problem found.
 */
export function parseCostInputField<K extends keyof CostInputs>(
  field: K,
  value: unknown,
): { ok: true; value: CostInputs[K] } | { ok: false; message: string; subPath?: string } {
  const check = fieldChecks[field] as FieldCheck<CostInputs[K]> | undefined;
  if (!check) return { ok: false, message: 'Unknown field' };
  return check(value);
}

/** A deep copy, so callers never share (or mutate) the tier list of the defaults or a preset. */
export function cloneCostInputs(inputs: CostInputs): CostInputs {
  return { ...inputs, slaTiers: inputs.slaTiers.map((tier) => ({ ...tier })) };
}

/**
 * Turns saved state of unknown shape into usable inputs: keeps every valid field, uses the default for each
 * missing or invalid one, ignores unknown keys, and never throws — a bad save must never stop the app starting.
 */
export function restoreCostInputs(value: unknown): CostInputs {
  const restored = cloneCostInputs(DEFAULT_COST_INPUTS);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return restored;
  const record = value as Record<string, unknown>;
  for (const field of COST_INPUT_FIELDS) {
    let raw: unknown;
    try {
      raw = record[field];
    } catch {
      continue; // a throwing getter in hostile data
    }
    const result = parseCostInputField(field, raw);
    if (result.ok) (restored as unknown as Record<string, unknown>)[field] = result.value;
  }
  return restored;
}
