// Reads a number the way people type it: "1,500", "1 500", "2.5", "2,5", "45 min" is not a number.

export type ParsedNumber = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

/**
 * Parses typed text into a number. Accepts thousands separators (comma, space, narrow space, apostrophe,
 * underscore) and one decimal mark (dot, or a comma followed by 1–2 digits with no dot: "2,5").
 */
export function parseNumberText(text: string): ParsedNumber {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f'_]/g, '');
  if (trimmed === '') return { kind: 'empty' };
  let normalised = trimmed;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(normalised)) normalised = normalised.replace(/,/g, '');
  else if (/^[+-]?\d+,\d{1,2}$/.test(normalised)) normalised = normalised.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return { kind: 'invalid' };
  const value = Number(normalised);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
