// Locale-aware number, money and duration text built on Intl, so every tool formats figures the same way at zero bundle cost.

/** Shown instead of a figure that cannot be computed, so the UI never prints "NaN" or "Infinity". */
export const MISSING_VALUE = '—';

let readerLocale: string | undefined;

/**
 * The reader's locale as the runtime resolves it (the browser's language): the one locale every figure is
 * shown, typed and exported in, named for code that must pass a locale explicitly (the postmortem outline).
 */
export function getReaderLocale(): string {
  readerLocale ??= new Intl.NumberFormat().resolvedOptions().locale;
  return readerLocale;
}

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** Short form such as "$1.2M", for chart labels and tight spaces. */
  compact?: boolean;
  /** Cap on decimals; the currency's own minimum (e.g. 2 for USD) is lowered to match so Intl never rejects it. */
  maximumFractionDigits?: number;
}

// Building an Intl.NumberFormat is far slower than using one, and results re-render on every keystroke.
const formatterCache = new Map<string, Intl.NumberFormat | null>();

function getFormatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  const cached = formatterCache.get(key);
  if (cached !== undefined) return cached;
  let formatter: Intl.NumberFormat | null = null;
  try {
    formatter = new Intl.NumberFormat(locale, options);
  } catch {
    // An unusable locale tag (e.g. from a query string) should degrade to the runtime's locale, not fail.
    try {
      formatter = locale === undefined ? null : new Intl.NumberFormat(undefined, options);
    } catch {
      formatter = null;
    }
  }
  formatterCache.set(key, formatter);
  return formatter;
}

function clampDigits(digits: number | undefined, fallback: number): number {
  if (digits === undefined || !Number.isFinite(digits)) return fallback;
  return Math.min(20, Math.max(0, Math.round(digits)));
}

// The formatter for each (locale, currency, options) once resolved: the live cost ticker formats every tick.
const moneyFormatters = new Map<string, Intl.NumberFormat | null>();

/**
 * Formats an amount of money in a currency with the given (or the browser's) locale.
 * Falls back to "USD 12.5" if Intl rejects the currency, and prints "—" for a non-finite amount.
 */
export function formatMoney(
  amount: number,
  currency: string,
  locale?: string,
  opts: FormatMoneyOptions = {},
): string {
  if (!Number.isFinite(amount)) return MISSING_VALUE;
  const key = `${locale ?? ''}|${currency}|${opts.compact ? 1 : 0}|${opts.maximumFractionDigits ?? ''}`;
  let formatter = moneyFormatters.get(key);
  if (formatter === undefined) {
    formatter = resolveMoneyFormatter(currency, locale, opts);
    moneyFormatters.set(key, formatter);
  }
  if (formatter) return formatter.format(amount);
  const digits = opts.maximumFractionDigits === undefined ? 2 : clampDigits(opts.maximumFractionDigits, 2);
  return `${currency} ${Number(amount.toFixed(digits))}`;
}

function resolveMoneyFormatter(currency: string, locale: string | undefined, opts: FormatMoneyOptions): Intl.NumberFormat | null {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (opts.compact) options.notation = 'compact';
  if (opts.maximumFractionDigits !== undefined) {
    const maximum = clampDigits(opts.maximumFractionDigits, 2);
    const base = getFormatter(locale, { style: 'currency', currency });
    const currencyMinimum = base?.resolvedOptions().minimumFractionDigits ?? 0;
    options.maximumFractionDigits = maximum;
    options.minimumFractionDigits = Math.min(currencyMinimum, maximum);
  }
  return getFormatter(locale, options);
}

/** Formats a plain number with locale grouping (e.g. "1,234.5"); "—" for a non-finite value. */
export function formatNumber(value: number, locale?: string, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return MISSING_VALUE;
  const formatter = getFormatter(locale, options);
  return formatter ? formatter.format(value) : String(value);
}

/**
 * Formats a percentage given on the 0–100 scale (99.9 → "99.9%"), with at most `digits` decimals
 * and no trailing zeros; "—" for a non-finite value.
 */
export function formatPercent(value: number, digits = 1, locale?: string): string {
  if (!Number.isFinite(value)) return MISSING_VALUE;
  const maximumFractionDigits = clampDigits(digits, 1);
  // Intl's percent style multiplies by 100 and then rounds; dividing first keeps the digits the caller asked for.
  const formatter = getFormatter(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits,
  });
  return formatter ? formatter.format(value / 100) : `${Number(value.toFixed(maximumFractionDigits))}%`;
}

/**
 * Formats a number of seconds as "3 d 15 h 39 m 29.5 s": zero units are left out, seconds keep at most one
 * decimal (without a trailing ".0"); 0 gives "0 s" and a non-finite value "—". This matches how published nines
 * tables (uptime.is) write allowed downtime, so users can compare them.
 */
export function formatDurationSeconds(seconds: number, locale?: string): string {
  if (!Number.isFinite(seconds)) return MISSING_VALUE;
  const sign = seconds < 0 ? '-' : '';
  // Round once, in tenths, so 59.96 s carries into the next minute instead of printing "60 s".
  let tenths = Math.round(Math.abs(seconds) * 10);
  const days = Math.floor(tenths / 864_000);
  tenths -= days * 864_000;
  const hours = Math.floor(tenths / 36_000);
  tenths -= hours * 36_000;
  const minutes = Math.floor(tenths / 600);
  tenths -= minutes * 600;
  const parts: string[] = [];
  if (days > 0) parts.push(`${formatNumber(days, locale)} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} m`);
  // The seconds carry the locale's decimal mark ("49,7 s" in de-DE), like every other figure on the screen.
  if (tenths > 0) parts.push(`${formatNumber(tenths / 10, locale, { maximumFractionDigits: 1 })} s`);
  if (parts.length === 0) return '0 s';
  return sign + parts.join(' ');
}

/**
 * Formats a duration given in minutes for people: "45 min", "1 h 30 min", "2 d 3 h". Under an hour keeps
 * one decimal ("1.5 min"); from an hour on it rounds to whole minutes. A non-finite value gives "—".
 */
export function formatMinutes(minutes: number, locale?: string): string {
  if (!Number.isFinite(minutes)) return MISSING_VALUE;
  const sign = minutes < 0 ? '-' : '';
  const absolute = Math.abs(minutes);
  if (Math.round(absolute * 10) / 10 < 60) {
    return `${sign}${formatNumber(Number(absolute.toFixed(1)), locale, { maximumFractionDigits: 1 })} min`;
  }
  let rest = Math.round(absolute);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  rest -= hours * 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${formatNumber(days, locale)} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0) parts.push(`${rest} min`);
  return sign + parts.join(' ');
}
