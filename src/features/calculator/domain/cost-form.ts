// The calculator form's values are the text the user typed, kept as typed (so a reload never loses
// half-typed input); this module turns them into validated CostInputs with a specific message per field.
import { describeNumberProblem, describeReading, formatReadAs, parseNumberText } from '../../../lib/parse-number-text';
import type { Calendar } from './calendar';
import { COST_INPUT_LIMITS, DEFAULT_COST_INPUTS, isSupportedCurrency, type CostInputs, type RevenuePeriod } from './cost-inputs';

/** Numeric inputs typed as text. The duration is typed as hours + minutes and becomes `minutes`. */
export type NumericCostField = Exclude<keyof CostInputs, 'revenuePeriod' | 'currency' | 'calendar' | 'slaTiers' | 'minutes'>;

export interface CostFormValues extends Record<NumericCostField, string> {
  durationHours: string;
  durationMinutes: string;
  revenuePeriod: RevenuePeriod;
  currency: string;
  calendar: Calendar;
  slaTiers: { below: string; credit: string }[];
}

/** The form groups; the embed can show a subset (`sections=revenue,productivity`). */
export type CostSection = 'outage' | 'revenue' | 'productivity' | 'response' | 'sla' | 'churn' | 'other' | 'annual' | 'settings';

export const COST_SECTIONS: { id: CostSection; title: string; description: string }[] = [
  { id: 'outage', title: 'Outage', description: 'How long it lasted and how many users it reached.' },
  { id: 'revenue', title: 'Lost revenue', description: 'Sales that did not happen while the service was down.' },
  { id: 'productivity', title: 'Lost productivity', description: 'Staff who could not work because of the outage.' },
  { id: 'response', title: 'Response cost', description: 'The people fixing it, during and after.' },
  { id: 'sla', title: 'SLA credits', description: 'Credits owed to customers whose contracts promise uptime.' },
  { id: 'churn', title: 'Churn', description: 'Customers who leave because of this outage.' },
  { id: 'other', title: 'Other costs', description: 'One-off costs: fines, hardware, third parties.' },
  { id: 'annual', title: 'Year view', description: 'How often outages like this happen.' },
  { id: 'settings', title: 'Currency and calendar', description: 'How amounts and periods are counted.' },
];

export interface NumericFieldMeta {
  section: CostSection;
  label: string;
  hint: string;
  /** Unit after the input; 'currency' is replaced by the chosen currency code. */
  unit: string;
  /** The thing to enter, for messages: "Enter the number of employees affected". */
  noun: string;
  integer?: boolean;
  min: number;
  max: number;
}

type LimitField = NumericCostField | 'minutes';

function limit(field: LimitField): { min: number; max: number; integer?: boolean } {
  const l = (COST_INPUT_LIMITS as unknown as Record<LimitField, { min: number; max: number; integer?: boolean }>)[field];
  return { min: l.min, max: l.max, ...(l.integer ? { integer: true } : {}) };
}

/** Labels, hints, units and limits for every numeric field (limits from the domain's COST_INPUT_LIMITS). */
export const NUMERIC_FIELDS: Record<NumericCostField, NumericFieldMeta> = {
  affected: { section: 'outage', label: 'Users or traffic affected', hint: 'The share of users or requests that failed.', unit: '%', noun: 'the share of users affected', ...limit('affected') },
  revenue: { section: 'revenue', label: 'Revenue', hint: 'Your total revenue over the period you choose.', unit: 'currency', noun: 'your revenue', ...limit('revenue') },
  dependent: { section: 'revenue', label: 'Revenue that depends on this service', hint: 'Share of revenue that stops when this service is down.', unit: '%', noun: 'the share of revenue that depends on the service', ...limit('dependent') },
  recovered: { section: 'revenue', label: 'Lost sales completed later', hint: 'Customers who come back and buy after the outage.', unit: '%', noun: 'the share of lost sales completed later', ...limit('recovered') },
  employees: { section: 'productivity', label: 'Employees affected', hint: 'People who could not work normally.', unit: 'people', noun: 'the number of employees affected', ...limit('employees') },
  hourlyCost: { section: 'productivity', label: 'Fully loaded hourly cost', hint: 'Salary plus benefits and overhead, per person per hour.', unit: 'currency/h', noun: 'the hourly cost per employee', ...limit('hourlyCost') },
  productivityLoss: { section: 'productivity', label: 'Productivity lost', hint: 'How much of their work stopped.', unit: '%', noun: 'the share of productivity lost', ...limit('productivityLoss') },
  responders: { section: 'response', label: 'Responders', hint: 'People working on the incident.', unit: 'people', noun: 'the number of responders', ...limit('responders') },
  responderRate: { section: 'response', label: 'Responder hourly cost', hint: 'Fully loaded, including on-call pay.', unit: 'currency/h', noun: 'the hourly cost per responder', ...limit('responderRate') },
  extraHours: { section: 'response', label: 'Extra hours each after the outage', hint: 'Clean-up, customer follow-up, the postmortem.', unit: 'h', noun: 'the extra hours per responder', ...limit('extraHours') },
  slaTarget: { section: 'sla', label: 'SLA target', hint: `The monthly uptime you promise, e.g. ${formatReadAs(99.9)}.`, unit: '%', noun: 'your SLA target', ...limit('slaTarget') },
  slaContract: { section: 'sla', label: 'Monthly value of contracts with credits', hint: 'What customers with an SLA pay you per month.', unit: 'currency', noun: 'the monthly contract value', ...limit('slaContract') },
  slaPriorMinutes: { section: 'sla', label: 'Downtime already this month', hint: 'Earlier outages this month count towards the SLA.', unit: 'min', noun: 'the downtime already this month', ...limit('slaPriorMinutes') },
  churnCustomers: { section: 'churn', label: 'Customers lost', hint: 'Customers expected to leave because of this outage.', unit: 'customers', noun: 'the number of customers lost', ...limit('churnCustomers') },
  customerValue: { section: 'churn', label: 'Value of a customer', hint: 'Lifetime value, or a year of revenue per customer.', unit: 'currency', noun: 'the value of a customer', ...limit('customerValue') },
  otherCosts: { section: 'other', label: 'Other one-off costs', hint: 'Fines, hardware, third-party fees.', unit: 'currency', noun: 'the other costs', ...limit('otherCosts') },
  incidentsPerYear: { section: 'annual', label: 'Incidents like this per year', hint: 'Used for the year view.', unit: 'per year', noun: 'the number of incidents per year', ...limit('incidentsPerYear') },
  fasterBy: { section: 'annual', label: 'Cut outage length by', hint: 'What if you recovered this much faster?', unit: '%', noun: 'the reduction in outage length', ...limit('fasterBy') },
};

/** Field path → message, using the form's field names (`durationMinutes`, `slaTiers.0.below`, `currency`). */
export type CostFormErrors = Partial<Record<string, string>>;

function formatLimit(n: number, locale?: string): string {
  try {
    return n.toLocaleString(locale, { maximumFractionDigits: 5 });
  } catch {
    return n.toLocaleString(undefined, { maximumFractionDigits: 5 });
  }
}

function capitalise(text: string): string {
  const stripped = text.replace(/^(the|your) /, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

function checkNumber(
  text: string,
  meta: Pick<NumericFieldMeta, 'noun' | 'min' | 'max' | 'integer'>,
  locale?: string,
): { value?: number; error?: string; reading?: string } {
  const parsed = parseNumberText(text, locale);
  if (parsed.kind === 'empty') return { error: `Enter ${meta.noun}` };
  if (parsed.kind === 'invalid') {
    if (parsed.reason !== 'chars') return { error: `Enter ${meta.noun} as a number: ${describeNumberProblem(parsed.reason, locale)}` };
    const example = meta.max >= 10 ? 10 : meta.max;
    return { error: `Enter ${meta.noun} as a number, like ${formatLimit(Math.max(meta.min, example), locale)}` };
  }
  const value = parsed.value;
  const reading = describeReading(parsed, locale) || undefined;
  if (meta.integer && !Number.isInteger(value)) return { error: `Enter ${meta.noun} as a whole number${reading ? ` (${reading.charAt(0).toLowerCase()}${reading.slice(1)})` : ''}` };
  if (value < 0 && meta.min >= 0) return { error: `${capitalise(meta.noun)} cannot be negative` };
  if (value < meta.min || value > meta.max) {
    return { error: `${capitalise(meta.noun)} must be between ${formatLimit(meta.min, locale)} and ${formatLimit(meta.max, locale)}${reading ? ` (${reading.charAt(0).toLowerCase()}${reading.slice(1)})` : ''}` };
  }
  return { value, reading };
}

/**
 * Reads one numeric cost field typed as text in `locale`, with the calculator's limits and messages: for other
 * editors of the same inputs (the incident's own copy), so a number reads the same wherever it is typed.
 */
export function parseCostFieldText(field: NumericCostField, text: string, locale?: string): { value?: number; error?: string; reading?: string } {
  return checkNumber(text, NUMERIC_FIELDS[field], locale);
}

/** Turns validated inputs into form text, written in `locale` (the reader's) so it reads back the same. */
export function toCostFormValues(inputs: CostInputs, locale?: string): CostFormValues {
  const text = (n: number) => formatReadAs(Number(n.toPrecision(12)), locale);
  const numeric = Object.fromEntries(
    (Object.keys(NUMERIC_FIELDS) as NumericCostField[]).map((field) => [field, text(inputs[field])]),
  ) as Record<NumericCostField, string>;
  const hours = Math.floor(inputs.minutes / 60);
  return {
    ...numeric,
    durationHours: String(hours),
    durationMinutes: text(inputs.minutes - hours * 60),
    revenuePeriod: inputs.revenuePeriod,
    currency: inputs.currency,
    calendar: inputs.calendar,
    slaTiers: inputs.slaTiers.map((t) => ({ below: text(t.below), credit: text(t.credit) })),
  };
}

/**
 * Validates the form text. Returns the inputs when every field is valid, and a message per invalid field.
 * Never throws, whatever the values (they may come from old or hand-edited storage).
 */
export function parseCostFormValues(
  values: Partial<CostFormValues> | undefined,
  locale?: string,
): {
  inputs: CostInputs | null;
  errors: CostFormErrors;
  /** Field path → "Read as 1500, not 1,5" where the text could mean two numbers (read the locale's way). */
  readings: CostFormErrors;
  /** Which duration inputs the duration error is about: both when the total is out of range. */
  durationInvalid: { hours: boolean; minutes: boolean };
} {
  const v = (typeof values === 'object' && values !== null ? values : {}) as Partial<CostFormValues>;
  const errors: CostFormErrors = {};
  const readings: CostFormErrors = {};
  const result: Partial<CostInputs> = {};
  const str = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');

  const durationInvalid = { hours: false, minutes: false };
  const hours = parseNumberText(str(v.durationHours), locale);
  const minutes = parseNumberText(str(v.durationMinutes), locale);
  if (hours.kind === 'invalid' || (hours.kind === 'number' && (hours.value < 0 || !Number.isInteger(hours.value)))) {
    errors.durationHours = 'Enter the hours as a whole number, like 1';
  } else if (describeReading(hours, locale)) readings.durationHours = describeReading(hours, locale);
  if (minutes.kind === 'invalid' || (minutes.kind === 'number' && minutes.value < 0)) {
    errors.durationMinutes = 'Enter the minutes as a number, like 45';
  } else if (describeReading(minutes, locale)) readings.durationMinutes = describeReading(minutes, locale);
  if (!errors.durationHours && !errors.durationMinutes) {
    const total = (hours.kind === 'number' ? hours.value * 60 : 0) + (minutes.kind === 'number' ? minutes.value : 0);
    const { min, max } = limit('minutes');
    if (total < Math.max(1, min)) errors.durationMinutes = 'Enter a duration of at least 1 minute';
    else if (total > max) errors.durationMinutes = `Enter a duration of at most ${formatLimit(max, locale)} minutes (one year)`;
    else result.minutes = total;
    // The total is both inputs' doing: mark both, so neither reads as fine to a screen reader.
    if (errors.durationMinutes) durationInvalid.hours = durationInvalid.minutes = true;
  } else {
    durationInvalid.hours = Boolean(errors.durationHours);
    durationInvalid.minutes = Boolean(errors.durationMinutes);
  }

  for (const field of Object.keys(NUMERIC_FIELDS) as NumericCostField[]) {
    const checked = checkNumber(str(v[field]), NUMERIC_FIELDS[field], locale);
    if (checked.reading) readings[field] = checked.reading;
    if (checked.error) errors[field] = checked.error;
    else if (checked.value !== undefined) result[field] = checked.value;
  }

  const period = v.revenuePeriod;
  result.revenuePeriod = period === 'hour' || period === 'day' || period === 'month' || period === 'year' ? period : 'month';
  result.calendar = v.calendar === '30day' ? '30day' : 'gregorian';

  const currency = str(v.currency).trim().toUpperCase();
  if (!currency) errors.currency = 'Enter a currency code, such as USD or EUR';
  else if (!isSupportedCurrency(currency)) errors.currency = 'Enter a currency code of 3 letters, such as USD or EUR';
  else result.currency = currency;

  const tiers = Array.isArray(v.slaTiers) ? v.slaTiers : [];
  const parsedTiers: CostInputs['slaTiers'] = [];
  tiers.slice(0, 10).forEach((tier, index) => {
    const below = checkNumber(str(tier?.below), { noun: 'the uptime threshold', min: 0, max: 100 }, locale);
    const credit = checkNumber(str(tier?.credit), { noun: 'the credit', min: 0, max: 100 }, locale);
    if (below.reading) readings[`slaTiers.${index}.below`] = below.reading;
    if (credit.reading) readings[`slaTiers.${index}.credit`] = credit.reading;
    if (below.error) errors[`slaTiers.${index}.below`] = below.error;
    else if (below.value === 0) errors[`slaTiers.${index}.below`] = 'Enter an uptime threshold above 0';
    if (credit.error) errors[`slaTiers.${index}.credit`] = credit.error;
    if (below.value !== undefined && below.value > 0 && credit.value !== undefined) {
      parsedTiers.push({ below: below.value, credit: credit.value });
    }
  });
  result.slaTiers = parsedTiers;

  if (Object.keys(errors).length > 0) return { inputs: null, errors, readings, durationInvalid };
  return { inputs: { ...DEFAULT_COST_INPUTS, ...result }, errors, readings, durationInvalid };
}

/**
 * Restores saved form text: keeps it only if it has the form's shape (strings everywhere), otherwise null,
 * which means "show the saved inputs". Never throws.
 */
export function restoreCostDraft(value: unknown): CostFormValues | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const textFields = [...Object.keys(NUMERIC_FIELDS), 'durationHours', 'durationMinutes', 'currency'];
  if (!textFields.every((k) => typeof v[k] === 'string' && (v[k] as string).length <= 100)) return null;
  if (!['hour', 'day', 'month', 'year'].includes(v.revenuePeriod as string)) return null;
  if (v.calendar !== 'gregorian' && v.calendar !== '30day') return null;
  if (!Array.isArray(v.slaTiers) || v.slaTiers.length > 10) return null;
  const tiersOk = v.slaTiers.every(
    (t) => typeof t === 'object' && t !== null && typeof (t as { below?: unknown }).below === 'string' && typeof (t as { credit?: unknown }).credit === 'string',
  );
  if (!tiersOk) return null;
  const picked = Object.fromEntries(textFields.map((k) => [k, v[k]])) as Record<string, string>;
  return {
    ...(picked as unknown as CostFormValues),
    revenuePeriod: v.revenuePeriod as CostFormValues['revenuePeriod'],
    calendar: v.calendar,
    slaTiers: (v.slaTiers as { below: string; credit: string }[]).map((t) => ({ below: t.below, credit: t.credit })),
  };
}
