// The strings a postmortem's PDF lays out, for choosing its fonts before it is made (kept apart from the PDF
// builder so the export panel can check a document without loading jsPDF or the font tables).
import { formatMoney } from '../../../lib/format';
import { buildPostmortemOutline } from '../domain/build-postmortem-outline';
import { calculateCostTotal, type PostmortemDoc } from '../domain/postmortem-types';

/**
 * Every string of user text the PDF lays out (title, header fields, section titles, paragraphs, list items,
 * table cells, money in the impact figures): what planPdfFonts looks at to choose the fallback fonts, and what
 * the export panel checks before an export. The PDF's own labels are Latin and always in the base font.
 */
export function listPdfTexts(doc: PostmortemDoc, options: { locale?: string } = {}): string[] {
  const locale = options.locale ?? 'en-US';
  const outline = buildPostmortemOutline(doc, { locale });
  const texts: string[] = [outline.title, doc.incidentId, doc.severity];
  for (const field of outline.fields) texts.push(field.label, field.value);
  for (const section of outline.sections) {
    texts.push(section.title);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') texts.push(...block.lines);
      else if (block.type === 'list') texts.push(...block.items);
      else if (block.type === 'subheading') texts.push(block.text);
      else {
        texts.push(block.caption, ...block.columns);
        for (const row of block.rows) for (const cell of row) texts.push(cell.text);
      }
    }
  }
  const total = calculateCostTotal(doc.impact.cost);
  if (total !== 0) texts.push(formatMoney(total, doc.impact.currency, locale), doc.impact.currency);
  return texts;
}

/**
 * Characters the base font surely has (a test checks each against its cmap): a document made only of these
 * needs no fallback font, so the export panel checks it without loading the font tables (a separate chunk).
 */
const SURELY_IN_BASE_FONT = /^[\t\n\r\u0020-\u007e\u00a0-\u024f\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u03e1\u03f0-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/u;

/** Whether every character of `text` is one the base font surely has (see SURELY_IN_BASE_FONT). */
export function isSurelyInBaseFont(text: string): boolean {
  return SURELY_IN_BASE_FONT.test(text);
}
