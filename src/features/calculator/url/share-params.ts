// The share link: every calculator input in the URL query, so a link reproduces the result, and hostile links do no harm.
import {
  cloneCostInputs,
  DEFAULT_COST_INPUTS,
  parseCostInputField,
  type CostInputs,
  type SlaTier,
} from '../domain/cost-inputs';

/** The query parameter names, in the order links list them; each is the name of the input it sets. */
export const SHARE_PARAM_NAMES: readonly (keyof CostInputs)[] = [
  'minutes',
  'affected',
  'revenue',
  'revenuePeriod',
  'dependent',
  'recovered',
  'employees',
  'hourlyCost',
  'productivityLoss',
  'responders',
  'responderRate',
  'extraHours',
  'slaTarget',
  'slaContract',
  'slaPriorMinutes',
  'slaTiers',
  'churnCustomers',
  'customerValue',
  'otherCosts',
  'currency',
  'calendar',
  'incidentsPerYear',
  'fasterBy',
];

/** A parameter that was ignored, and why. `name` and `value` are truncated untrusted text: render them as text only. */
export interface ParamNotice {
  name: string;
  value: string;
  /** 'unknown parameter', or the validation message (what a valid value looks like). */
  reason: string;
}

/** The result of {@link parseShareParams}. */
export interface ParsedShareParams {
  /** The base inputs with every valid parameter applied; always valid if the base is. */
  inputs: CostInputs;
  /** The inputs a parameter set, in the order they were first applied; empty when the link had none. */
  applied: (keyof CostInputs)[];
  /** One per ignored parameter (at most {@link MAX_PARAM_NOTICES}, then one notice counting the rest). */
  notices: ParamNotice[];
}

/** Reason given for a parameter the calculator does not know. */
export const UNKNOWN_PARAM_REASON = 'unknown parameter';

/** A crafted link could carry thousands of parameters; listing each would bury the page. */
export const MAX_PARAM_NOTICES = 20;

const MAX_NOTICE_TEXT = 60;
const SHARE_PARAM_SET: ReadonlySet<string> = new Set(SHARE_PARAM_NAMES);
const TIERS_MESSAGE = 'Enter credit tiers as uptime:credit pairs separated by commas, such as 99.9:10,99:25';
// Plain decimal notation only: Number() would also take "0x1f", "Infinity" and "", which no one means as a figure.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function truncate(text: string): string {
  const characters = Array.from(text.length > MAX_NOTICE_TEXT * 2 ? text.slice(0, MAX_NOTICE_TEXT * 2) : text);
  return characters.length <= MAX_NOTICE_TEXT ? characters.join('') : `${characters.slice(0, MAX_NOTICE_TEXT - 1).join('')}…`;
}

function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function parseTiers(text: string): SlaTier[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const tiers: SlaTier[] = [];
  for (const pair of trimmed.split(',')) {
    const parts = pair.split(':');
    if (parts.length !== 2) return undefined;
    const below = parseDecimal(parts[0] ?? '');
    const credit = parseDecimal(parts[1] ?? '');
    if (below === undefined || credit === undefined) return undefined;
    tiers.push({ below, credit });
  }
  return tiers;
}

/** Converts a parameter's text to the value its input expects; the field schema then checks the range. */
function readParam(name: keyof CostInputs, text: string): unknown {
  switch (name) {
    case 'slaTiers':
      return parseTiers(text);
    case 'currency':
      return text.trim().toUpperCase();
    case 'revenuePeriod':
    case 'calendar':
      return text.trim();
    default:
      return parseDecimal(text);
  }
}

function toSearchParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return search;
  // Accept a whole URL or "?a=1#hash" as well as a bare query.
  const withoutHash = search.split('#', 1)[0] ?? '';
  const queryStart = withoutHash.indexOf('?');
  return new URLSearchParams(queryStart >= 0 ? withoutHash.slice(queryStart + 1) : withoutHash);
}

/**
 * Reads a share link's query: starts from `base` (the defaults unless given), applies each known, valid
 * parameter, and ignores unknown or invalid ones with a notice. Never throws. Values are only ever turned into
 * numbers, enums or a checked currency code; nothing from the link is used as markup or as a URL.
 */
export function parseShareParams(
  search: string | URLSearchParams,
  base: CostInputs = DEFAULT_COST_INPUTS,
): ParsedShareParams {
  const inputs = cloneCostInputs(base);
  const applied: (keyof CostInputs)[] = [];
  const notices: ParamNotice[] = [];
  let ignored = 0;
  const notice = (name: string, value: string, reason: string) => {
    ignored += 1;
    if (notices.length < MAX_PARAM_NOTICES) notices.push({ name: truncate(name), value: truncate(value), reason });
  };

  let params: URLSearchParams;
  try {
    params = toSearchParams(search);
  } catch {
    return { inputs, applied, notices };
  }

  // A parameter given twice (often a link edited by hand, or two links pasted together) is ambiguous: the last
  // valid value is used, as a browser would, but the notice says so instead of picking one silently.
  const used = new Map<string, number>();
  const given = new Map<string, string[]>();
  for (const [name, text] of params) {
    if (SHARE_PARAM_SET.has(name)) given.set(name, [...(given.get(name) ?? []), text]);
    if (!SHARE_PARAM_SET.has(name)) {
      notice(name, text, UNKNOWN_PARAM_REASON);
      continue;
    }
    const field = name as keyof CostInputs;
    const raw = readParam(field, text);
    // An unparsable number reaches the schema as undefined and gets the field's own "Enter …" message.
    const result =
      raw === undefined && field === 'slaTiers'
        ? ({ ok: false, message: TIERS_MESSAGE } as const)
        : parseCostInputField(field, raw);
    if (!result.ok) {
      notice(name, text, result.message);
      continue;
    }
    (inputs as unknown as Record<string, unknown>)[field] = result.value;
    used.set(name, given.get(name)?.length ?? 1);
    if (!applied.includes(field)) applied.push(field);
  }

  for (const [name, texts] of given) {
    if (texts.length < 2) continue;
    notice(name, texts.join(', '), describeRepeat(texts.length, used.get(name)));
  }

  if (ignored > notices.length) {
    notices.push({ name: '', value: '', reason: `${ignored - notices.length} more parameters ignored` });
  }
  return { inputs, applied, notices };
}

/**
 * The reason for a repeated parameter. Our own words only: which copy was used is said by position, since the
 * values are untrusted text (they travel in the notice's `value`).
 */
export function describeRepeat(count: number, usedPosition: number | undefined): string {
  if (usedPosition === undefined) return `given ${count} times; none was valid`;
  if (usedPosition === count) return `given ${count} times; used the last one`;
  return `given ${count} times; used value ${usedPosition} of ${count}, the last valid one`;
}

/** Whether the query carries at least one calculator parameter (valid or not), i.e. it is a share link. */
export function hasShareParams(search: string | URLSearchParams): boolean {
  try {
    const params = toSearchParams(search);
    return SHARE_PARAM_NAMES.some((name) => params.has(name));
  } catch {
    return false;
  }
}

/** Drops binary floating-point noise (0.1 + 0.2 → "0.3") so links stay short and readable. */
function formatParamNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * Writes every input as a query parameter. Numbers keep 12 significant digits, which removes floating-point
 * noise; anything a person typed survives unchanged. Tiers are written as "99.9:10,99:25".
 */
export function serializeShareParams(inputs: CostInputs): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of SHARE_PARAM_NAMES) {
    const value = inputs[name];
    if (name === 'slaTiers') {
      params.set(
        name,
        inputs.slaTiers.map((tier) => `${formatParamNumber(tier.below)}:${formatParamNumber(tier.credit)}`).join(','),
      );
    } else if (typeof value === 'number') {
      params.set(name, formatParamNumber(value));
    } else {
      params.set(name, String(value));
    }
  }
  return params;
}

/**
 * Builds the link to share: `baseUrl` (usually the current page) with its query replaced by the inputs and its
 * #fragment kept. ':' and ',' are left unescaped (both are legal in a query) so tiers read "99.9:10,99:25".
 */
export function buildShareUrl(baseUrl: string, inputs: CostInputs): string {
  const query = serializeShareParams(inputs).toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  const hashStart = baseUrl.indexOf('#');
  const hash = hashStart >= 0 ? baseUrl.slice(hashStart) : '';
  const withoutHash = hashStart >= 0 ? baseUrl.slice(0, hashStart) : baseUrl;
  const queryStart = withoutHash.indexOf('?');
  const path = queryStart >= 0 ? withoutHash.slice(0, queryStart) : withoutHash;
  return `${path}?${query}${hash}`;
}
