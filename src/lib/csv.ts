// RFC 4180 CSV pieces shared by every CSV export (postmortem action items, incident timeline, posted updates).

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): = + - @, and tab and carriage
 * return, which some spreadsheets skip before looking.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell a spreadsheet will not run: one starting with = + - @ (or tab/CR) gets a leading apostrophe, OWASP's
 * advice, which spreadsheets hide and importers keep as text. Text that already starts with apostrophes before one
 * of those gets one more, so `restoreCsvCell` can always undo exactly one.
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text a neutralised cell stood for (for tests and for reading our own CSV back). */
export function restoreCsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** RFC 4180 §2: every field in double quotes, quotes inside doubled; CR and LF inside quotes are data. */
export function quoteCsvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Rows as CSV text: every field quoted and neutralised, CRLF line ends and a final CRLF (RFC 4180), no byte-order
 * mark. The first row is the header.
 */
export function renderCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((cell) => quoteCsvCell(neutraliseCsvCell(cell))).join(',')).join('\r\n') + '\r\n';
}
