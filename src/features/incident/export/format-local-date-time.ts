// A full local date and time for a file's cells: a spreadsheet row stands alone, so it always carries the date.
import type { TimelineExportOptions } from './timeline-export-entries';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** '10 Mar 2025, 14:05:09' (en-GB) in the reader's zone; '' for a time that is not finite. */
export function formatLocalDateTime(at: number, options: TimelineExportOptions = {}): string {
  if (!Number.isFinite(at)) return '';
  const key = `${options.locale ?? ''}|${options.timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const fields: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };
    try {
      formatter = new Intl.DateTimeFormat(options.locale, { ...fields, timeZone: options.timeZone });
    } catch {
      formatter = new Intl.DateTimeFormat(undefined, fields);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(at);
}
