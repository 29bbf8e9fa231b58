// The postmortem as a PDF laid out with jsPDF: title block, sections, tables that break across pages, page footers.
import type { jsPDF } from 'jspdf';
import { COST_COMPONENTS, COST_COMPONENT_LABELS } from '../../calculator/domain/calculate-downtime-cost';
import { sanitizeLink } from '../../../lib/sanitize-link';
import { MISSING_VALUE, formatMinutes, formatMoney, formatPercent } from '../../../lib/format';
import { buildPostmortemOutline, type OutlineBlock, type OutlineCell, type OutlineOptions, type PostmortemOutline } from '../domain/build-postmortem-outline';
import { PdfTextDrawer, type PdfFallbackFontFiles } from './draw-pdf-text';
import type { PdfFontPlan } from './plan-pdf-fonts';
import { calculateCostTotal, describePostmortemSpan, type PostmortemDoc } from '../domain/postmortem-types';
import { normalizeNewlines } from '../domain/section-body';

/** The jsPDF class, passed in so this module stays pure and jsPDF is only loaded when someone exports. */
export type JsPdfConstructor = new (options: {
  unit: 'pt';
  format: 'a4' | 'letter';
  orientation: 'portrait';
  compress: boolean;
  putOnlyUsedFonts: boolean;
}) => jsPDF;

export type PdfPaper = 'a4' | 'letter';

export const PDF_PAPER_LABELS: Record<PdfPaper, string> = { a4: 'A4', letter: 'US Letter' };

/** TrueType fonts as base64, embedded (and subset by jsPDF) so any Latin, Greek or Cyrillic text stays real text. */
export interface PdfFonts {
  regular: string;
  /** Headings and table headers; the regular face is used when absent. */
  bold?: string;
}

export interface BuildPdfOptions {
  paper: PdfPaper;
  /**
   * Without fonts the PDF uses Helvetica, whose encoding covers only Western European text: anything else
   * (ł, ж, Ω, …) comes out wrong. The app always passes Noto Sans.
   */
  fonts?: PdfFonts;
  /** Locale for money and percentages (default 'en-US', as in the Markdown export). */
  locale?: string;
  /** The review deadlines in effect (this browser's setting), for a derived review due date. */
  reviewRules?: OutlineOptions['reviewRules'];
  /**
   * The document's fallback fonts (planPdfFonts of listPdfTexts) and their files: text the base font lacks is
   * drawn with them. Without, or with a plan needing none, text goes straight to jsPDF in the base font.
   */
  fallback?: { plan: PdfFontPlan; files: PdfFallbackFontFiles };
}

type Rgb = readonly [number, number, number];

const COLORS = {
  text: [26, 30, 36],
  muted: [84, 93, 105],
  accent: [31, 85, 196],
  rule: [213, 218, 225],
  headerFill: [238, 241, 245],
  stripe: [248, 249, 251],
  tagFill: [231, 238, 252],
} as const satisfies Record<string, Rgb>;

const FONT_FAMILY = 'NotoSans';

/** Sizes in points. Body text is 10 pt on 14.5 pt lines: the density of a printed report. */
const TYPE = {
  overline: 8.5,
  title: 21,
  fieldLabel: 7.5,
  fieldValue: 9.5,
  heading: 13.5,
  subheading: 11,
  body: 10,
  table: 8.75,
  tableHeader: 7.75,
  footer: 7.5,
} as const;

const LINE = 1.45;
const MARGIN = { top: 54, side: 54, bottom: 64 } as const;
const CELL_PADDING = { x: 5, y: 4 } as const;

interface Layout {
  pdf: jsPDF;
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  width: number;
  /** Lowest y content may reach (the footer sits below it). */
  bottom: number;
  y: number;
  hasBold: boolean;
  family: string;
  text: PdfTextDrawer;
}

/** Draws one line of text (any script the document's fonts cover) in the current font, size and colour. */
function drawText(layout: Layout, text: string, x: number, y: number): void {
  layout.text.draw(text, x, y);
}

/** The width of one line of text in the current font and size. */
function measureText(layout: Layout, text: string): number {
  return layout.text.measure(text);
}

function setFont(layout: Layout, weight: 'normal' | 'bold', size: number, color: Rgb = COLORS.text): void {
  layout.pdf.setFont(layout.family, weight === 'bold' && layout.hasBold ? 'bold' : 'normal');
  layout.pdf.setFontSize(size);
  layout.pdf.setTextColor(color[0], color[1], color[2]);
}

/** Baseline of a line whose box starts at `top`: text sits slightly above the middle of its line box. */
function baseline(top: number, size: number, lineHeight: number): number {
  return top + (lineHeight - size) / 2 + size * 0.8;
}

function newPage(layout: Layout): void {
  layout.pdf.addPage();
  layout.y = MARGIN.top;
}

/** Starts a new page when `height` does not fit below the current position. Returns true when it did. */
function ensureSpace(layout: Layout, height: number): boolean {
  if (layout.y + height <= layout.bottom || layout.y <= MARGIN.top) return false;
  newPage(layout);
  return true;
}

/**
 * Greedy word wrap with a width measure. A word wider than the line (a URL, a long id) is broken after
 * "/", ".", "-", "_", "?", "&", "=" or "#" first, and between characters only when a piece is still too wide.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number, options: WrapOptions = {}): string[] {
  const lines: string[] = [];
  // Additive widths: a line's width is the sum of its words' and spaces' widths, so each word is measured once
  // instead of re-measuring the whole line for every word (wrapping was most of the PDF layout time). A candidate
  // within a hair of the limit is measured exactly, so float rounding never changes where a line breaks.
  const widths = new Map<string, number>();
  const widthOf = (word: string): number => {
    let w = widths.get(word);
    if (w === undefined) {
      w = measure(word);
      widths.set(word, w);
    }
    return w;
  };
  const space = options.additive ? measure(' ') : 0;
  const fits = (candidate: string, estimate: number): boolean =>
    options.additive && Math.abs(estimate - width) > 1e-6 ? estimate <= width : measure(candidate) <= width;
  for (const paragraph of normalizeNewlines(text).replace(/\t/g, ' ').split('\n')) {
    let current = '';
    let currentWidth = 0;
    const push = (): void => {
      lines.push(current);
      current = '';
      currentWidth = 0;
    };
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      const estimate = options.additive ? (current === '' ? widthOf(word) : currentWidth + space + widthOf(word)) : 0;
      if (fits(candidate, estimate)) {
        current = candidate;
        currentWidth = estimate;
        continue;
      }
      if (current !== '') push();
      if ((options.additive ? widthOf(word) : measure(word)) <= width) {
        current = word;
        currentWidth = options.additive ? widthOf(word) : 0;
        continue;
      }
      for (const piece of breakWord(word, width, measure)) {
        if (current !== '' && measure(current + piece) > width) push();
        current += piece;
      }
      currentWidth = options.additive ? measure(current) : 0;
    }
    lines.push(current);
  }
  return lines;
}

/** How `wrapText` may measure. */
export interface WrapOptions {
  /**
   * True when widths add up (no kerning): true of the embedded Noto Sans, whose widths jsPDF sums glyph by glyph,
   * and not of the standard fonts, which kern pairs such as "space A".
   */
  additive?: boolean;
}

function breakWord(word: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  for (const segment of word.split(/(?<=[/.\-_?&=#])/)) {
    if (measure(segment) <= width) {
      pieces.push(segment);
      continue;
    }
    let part = '';
    for (const ch of segment) {
      if (part !== '' && measure(part + ch) > width) {
        pieces.push(part);
        part = '';
      }
      part += ch;
    }
    if (part !== '') pieces.push(part);
  }
  return pieces;
}

/** Wraps text to `width` with the current font and size. */
function wrap(layout: Layout, text: string, width: number): string[] {
  return wrapText(text, Math.max(width, 8), (t) => measureText(layout, t), { additive: layout.family === FONT_FAMILY });
}

/**
 * Writes wrapped lines at `x`, moving to a new page between lines when the page is full, without leaving a
 * single line of a block alone at the bottom of a page or at the top of the next.
 */
function writeLines(layout: Layout, lines: readonly string[], x: number, size: number): void {
  const lineHeight = size * LINE;
  let index = 0;
  while (index < lines.length) {
    const remaining = lines.length - index;
    let fits = Math.floor((layout.bottom - layout.y) / lineHeight + 1e-6);
    if (fits < remaining && layout.y > MARGIN.top) {
      // No orphan (one line left behind) and no widow (one line carried over).
      if (remaining - fits === 1) fits -= 1;
      if (fits < 2) fits = 0;
      if (fits === 0) {
        newPage(layout);
        continue;
      }
    }
    const chunk = lines.slice(index, index + Math.max(1, Math.min(fits, remaining)));
    for (const line of chunk) {
      drawLineWithLinks(layout, line, x, baseline(layout.y, size, lineHeight), size);
      layout.y += lineHeight;
    }
    index += chunk.length;
    if (index < lines.length) newPage(layout);
  }
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’]/g;

/**
 * Writes one line in the current font and colour; http(s) URLs in it are drawn in the accent colour and made
 * clickable (only when they pass `sanitizeLink`).
 */
function drawLineWithLinks(layout: Layout, line: string, x: number, y: number, size: number): void {
  const { pdf } = layout;
  const matches = [...line.matchAll(URL_IN_TEXT)].filter((m) => sanitizeLink(m[0]) !== null);
  if (matches.length === 0) {
    drawText(layout, line, x, y);
    return;
  }
  const color = pdf.getTextColor();
  let cursor = 0;
  let cx = x;
  for (const match of matches) {
    const before = line.slice(cursor, match.index);
    if (before !== '') {
      drawText(layout, before, cx, y);
      cx += measureText(layout, before);
    }
    const href = sanitizeLink(match[0]) ?? '';
    const width = measureText(layout, match[0]);
    pdf.setTextColor(...COLORS.accent);
    drawText(layout, match[0], cx, y);
    pdf.link(cx, y - size * 0.85, width, size * 1.15, { url: encodePdfUri(href) });
    pdf.setTextColor(color);
    cx += width;
    cursor = match.index + match[0].length;
  }
  const after = line.slice(cursor);
  if (after !== '') drawText(layout, after, cx, y);
}

/** Percent-encodes the characters that delimit a PDF string, on top of jsPDF's own escaping. */
function encodePdfUri(href: string): string {
  return href.replace(/[()\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// ── Title block ─────────────────────────────────────────────────────────────

function drawTitleBlock(layout: Layout, outline: PostmortemOutline, doc: PostmortemDoc): void {
  const { pdf } = layout;
  setFont(layout, 'bold', TYPE.overline, COLORS.accent);
  const overline = ['POSTMORTEM', doc.incidentId.trim(), outline.drillLabel?.toUpperCase() ?? ''].filter((p) => p !== '').join('  ·  ');
  drawText(layout, wrap(layout, overline, layout.width)[0] ?? '', layout.left, baseline(layout.y, TYPE.overline, 12));
  layout.y += 16;

  setFont(layout, 'bold', TYPE.title);
  const titleLine = TYPE.title * 1.22;
  for (const line of wrap(layout, outline.title, layout.width)) {
    drawText(layout, line, layout.left, baseline(layout.y, TYPE.title, titleLine));
    layout.y += titleLine;
  }
  layout.y += 6;

  // Tags: severity and status, the two things a reader scans for first.
  const tags = [outline.drillLabel ?? '', doc.severity, outline.fields.find((f) => f.label === 'Status')?.value ?? ''].filter((t) => t !== '');
  if (tags.length > 0) {
    setFont(layout, 'bold', TYPE.fieldLabel + 0.5, COLORS.accent);
    let x = layout.left;
    for (const tag of tags) {
      const w = measureText(layout, tag) + 12;
      pdf.setFillColor(...COLORS.tagFill);
      pdf.roundedRect(x, layout.y, w, 15, 3, 3, 'F');
      drawText(layout, tag, x + 6, baseline(layout.y, TYPE.fieldLabel + 0.5, 15));
      x += w + 6;
    }
    layout.y += 15 + 14;
  }

  // Header fields in two columns: label above value.
  const fields = outline.fields.filter((f) => f.label !== 'Status' && f.label !== 'Severity');
  const gap = 18;
  const columnWidth = (layout.width - gap) / 2;
  pdf.setDrawColor(...COLORS.rule);
  pdf.setLineWidth(0.75);
  pdf.line(layout.left, layout.y, layout.right, layout.y);
  layout.y += 10;
  for (let i = 0; i < fields.length; i += 2) {
    const pair = fields.slice(i, i + 2);
    const blocks = pair.map((field) => {
      setFont(layout, 'normal', TYPE.fieldValue);
      return { field, lines: wrap(layout, field.value, columnWidth) };
    });
    const valueLine = TYPE.fieldValue * 1.35;
    const rowHeight = 11 + Math.max(...blocks.map((b) => b.lines.length)) * valueLine;
    ensureSpace(layout, rowHeight);
    blocks.forEach((block, column) => {
      const x = layout.left + column * (columnWidth + gap);
      setFont(layout, 'bold', TYPE.fieldLabel, COLORS.muted);
      drawText(layout, block.field.label.toUpperCase(), x, baseline(layout.y, TYPE.fieldLabel, 10));
      setFont(layout, 'normal', TYPE.fieldValue);
      block.lines.forEach((line, index) => {
        drawText(layout, line, x, baseline(layout.y + 11 + index * valueLine, TYPE.fieldValue, valueLine));
      });
    });
    layout.y += rowHeight + 7;
  }
  pdf.setDrawColor(...COLORS.rule);
  pdf.line(layout.left, layout.y, layout.right, layout.y);
  layout.y += 8;
}

// ── Blocks ──────────────────────────────────────────────────────────────────

function drawHeading(layout: Layout, text: string): void {
  setFont(layout, 'bold', TYPE.heading);
  const lines = wrap(layout, text, layout.width);
  const lineHeight = TYPE.heading * 1.3;
  // Keep a heading with at least three lines of what follows it.
  const spaceBefore = 16;
  if (!ensureSpace(layout, spaceBefore + lines.length * lineHeight + 6 + 3 * TYPE.body * LINE)) layout.y += spaceBefore;
  for (const line of lines) {
    drawText(layout, line, layout.left, baseline(layout.y, TYPE.heading, lineHeight));
    layout.y += lineHeight;
  }
  layout.pdf.setDrawColor(...COLORS.accent);
  layout.pdf.setLineWidth(1);
  layout.pdf.line(layout.left, layout.y + 1, layout.left + 28, layout.y + 1);
  layout.y += 8;
}

function drawSubheading(layout: Layout, text: string): void {
  setFont(layout, 'bold', TYPE.subheading);
  const lines = wrap(layout, text, layout.width);
  const lineHeight = TYPE.subheading * 1.35;
  if (!ensureSpace(layout, 6 + lines.length * lineHeight + 2 * TYPE.body * LINE)) layout.y += 6;
  writeLines(layout, lines, layout.left, TYPE.subheading);
  layout.y += 2;
}

function drawParagraph(layout: Layout, lines: readonly string[], muted: boolean): void {
  setFont(layout, 'normal', TYPE.body, muted ? COLORS.muted : COLORS.text);
  writeLines(layout, wrap(layout, lines.join('\n'), layout.width), layout.left, TYPE.body);
  layout.y += 6;
}

function drawList(layout: Layout, block: Extract<OutlineBlock, { type: 'list' }>): void {
  setFont(layout, 'normal', TYPE.body);
  const markers = block.items.map((_, index) => (block.ordered ? `${block.start + index}.` : '•'));
  const indent = Math.max(12, ...markers.map((m) => measureText(layout, m) + 6));
  const lineHeight = TYPE.body * LINE;
  block.items.forEach((item, index) => {
    setFont(layout, 'normal', TYPE.body);
    const lines = wrap(layout, item, layout.width - indent);
    ensureSpace(layout, lineHeight);
    setFont(layout, 'normal', TYPE.body, block.ordered ? COLORS.text : COLORS.accent);
    drawText(layout, markers[index] ?? '', layout.left + 2, baseline(layout.y, TYPE.body, lineHeight));
    setFont(layout, 'normal', TYPE.body);
    writeLines(layout, lines, layout.left + indent, TYPE.body);
    layout.y += 2.5;
  });
  layout.y += 4;
}

// ── Tables ──────────────────────────────────────────────────────────────────

/**
 * Column widths that add up to `available`: every column gets its natural (unwrapped) width when all fit;
 * otherwise each gets its minimum and the rest is shared in proportion to how much more each wants.
 */
export function calculateColumnWidths(natural: readonly number[], minimum: readonly number[], available: number): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) {
    const extra = available - total;
    return natural.map((w) => w + (total === 0 ? extra / natural.length : (extra * w) / total));
  }
  const mins = minimum.map((m, i) => Math.min(m, natural[i] ?? m));
  const minTotal = mins.reduce((a, b) => a + b, 0);
  if (minTotal >= available) return mins.map((m) => (m * available) / minTotal);
  const wants = natural.map((w, i) => Math.max(0, w - (mins[i] ?? 0)));
  const wantTotal = wants.reduce((a, b) => a + b, 0);
  const remaining = available - minTotal;
  return mins.map((m, i) => m + (wantTotal === 0 ? remaining / mins.length : (remaining * (wants[i] ?? 0)) / wantTotal));
}

/** Values this short (a date and time, a priority, a status) are never wrapped when the table can avoid it. */
const SHORT_CELL = 16;

/**
 * Measures the columns and returns their widths and the table's width. A table whose content needs little room
 * (two columns of figures) is not stretched beyond about half the text width.
 */
function measureColumns(layout: Layout, columns: readonly string[], rows: readonly (readonly PdfCell[])[]): { widths: number[]; width: number } {
  const pad = 2 * CELL_PADDING.x;
  setFont(layout, 'bold', TYPE.tableHeader);
  const natural = columns.map((column) => measureText(layout, column.toUpperCase()) + pad);
  const minimum = natural.slice();
  const short = columns.map(() => true);
  setFont(layout, 'normal', TYPE.table);
  for (const row of rows) {
    row.forEach((cell, i) => {
      for (const line of normalizeNewlines(cell.text).split('\n')) {
        if ([...line].length > SHORT_CELL) short[i] = false;
        natural[i] = Math.max(natural[i] ?? 0, measureText(layout, line) + pad);
        for (const word of line.split(/\s+/)) {
          // A long word may be broken rather than widen its column further: a URL or host name at its dots
          // and slashes (early, it reads fine), a name only when it is very long.
          const cap = /[/.\-_?&=#]/.test(word) ? 64 : 96;
          minimum[i] = Math.max(minimum[i] ?? 0, Math.min(measureText(layout, word) + pad, cap));
        }
      }
    });
  }
  short.forEach((isShort, i) => {
    if (isShort) minimum[i] = Math.max(minimum[i] ?? 0, natural[i] ?? 0);
  });
  const total = natural.reduce((a, b) => a + b, 0);
  const width = total < layout.width * 0.6 ? Math.max(total * 1.25, layout.width * 0.55) : layout.width;
  return { widths: calculateColumnWidths(natural, minimum, width), width };
}

/** A table cell as the PDF draws it: the outline's cell, optionally bold or right-aligned (amounts). */
interface PdfCell extends OutlineCell {
  bold?: boolean;
  align?: 'right';
}

interface PdfTable {
  columns: readonly string[];
  rows: readonly (readonly PdfCell[])[];
}

interface TableGeometry {
  columns: readonly string[];
  widths: readonly number[];
  width: number;
  /** Columns whose every cell is right-aligned get a right-aligned header too. */
  rightAligned: readonly boolean[];
}

function measureHeader(layout: Layout, table: TableGeometry): { lines: string[][]; height: number } {
  setFont(layout, 'bold', TYPE.tableHeader, COLORS.muted);
  const lines = table.columns.map((column, i) => wrap(layout, column.toUpperCase(), (table.widths[i] ?? 0) - 2 * CELL_PADDING.x));
  return { lines, height: Math.max(...lines.map((c) => c.length)) * TYPE.tableHeader * 1.35 + 2 * CELL_PADDING.y };
}

function drawTableHeader(layout: Layout, table: TableGeometry): void {
  const { pdf } = layout;
  const { lines, height } = measureHeader(layout, table);
  const lineHeight = TYPE.tableHeader * 1.35;
  pdf.setFillColor(...COLORS.headerFill);
  pdf.rect(layout.left, layout.y, table.width, height, 'F');
  let x = layout.left;
  lines.forEach((cellLines, i) => {
    const width = table.widths[i] ?? 0;
    cellLines.forEach((line, index) => {
      const left = table.rightAligned[i] ? x + width - CELL_PADDING.x - measureText(layout, line) : x + CELL_PADDING.x;
      drawText(layout, line, left, baseline(layout.y + CELL_PADDING.y + index * lineHeight, TYPE.tableHeader, lineHeight));
    });
    x += table.widths[i] ?? 0;
  });
  layout.y += height;
}

function drawTable(layout: Layout, block: PdfTable): void {
  const { pdf } = layout;
  const { widths, width } = measureColumns(layout, block.columns, block.rows);
  const rightAligned = block.columns.map((_, i) => block.rows.length > 0 && block.rows.every((row) => row[i]?.align === 'right'));
  const table: TableGeometry = { columns: block.columns, widths, width, rightAligned };
  const lineHeight = TYPE.table * 1.4;
  const headerHeight = measureHeader(layout, table).height;
  const rows = block.rows.map((row) => {
    const cells = row.map((cell, i) => {
      setFont(layout, cell.bold ? 'bold' : 'normal', TYPE.table);
      return wrap(layout, cell.text, (widths[i] ?? 0) - 2 * CELL_PADDING.x);
    });
    return { row, cells, lines: Math.max(1, ...cells.map((c) => c.length)) };
  });
  const rowHeight = (lines: number): number => lines * lineHeight + 2 * CELL_PADDING.y;
  const pageRoom = layout.bottom - MARGIN.top;
  const total = headerHeight + rows.reduce((sum, r) => sum + rowHeight(r.lines), 0);

  layout.y += 2;
  // A short table near the bottom of a page moves to the next one whole; otherwise the table starts where it
  // is, but never with its header and a single row alone at the bottom.
  const firstRows = rows.slice(0, 2).reduce((sum, r) => sum + rowHeight(Math.min(r.lines, 3)), 0);
  const room = layout.bottom - layout.y;
  ensureSpace(layout, total <= pageRoom * 0.4 && room < pageRoom * 0.25 ? total : headerHeight + firstRows);
  drawTableHeader(layout, table);

  let rowsOnPage = 0;
  rows.forEach(({ row, cells, lines: lineCount }, rowIndex) => {
    let printed = 0;
    // No widow: when only the last row would go over to the next page, take this one with it.
    const next = rows[rowIndex + 1];
    if (next && rowIndex === rows.length - 2 && rowsOnPage >= 2) {
      const both = rowHeight(lineCount) + rowHeight(next.lines);
      if (layout.y + rowHeight(lineCount) <= layout.bottom && layout.y + both > layout.bottom && both <= pageRoom - headerHeight) {
        newPage(layout);
        drawTableHeader(layout, table);
        rowsOnPage = 0;
      }
    }
    while (printed < lineCount) {
      const fits = Math.floor((layout.bottom - layout.y - 2 * CELL_PADDING.y) / lineHeight + 1e-6);
      // Move the whole row to the next page when it fits there; split only rows taller than a page.
      const fullPage = Math.floor((pageRoom - headerHeight - 2 * CELL_PADDING.y) / lineHeight);
      if (fits < Math.min(lineCount - printed, fullPage) || fits < 1) {
        newPage(layout);
        drawTableHeader(layout, table);
        rowsOnPage = 0;
        continue;
      }
      const chunk = Math.min(fits, lineCount - printed);
      const height = rowHeight(chunk);
      if (rowIndex % 2 === 1) {
        pdf.setFillColor(...COLORS.stripe);
        pdf.rect(layout.left, layout.y, width, height, 'F');
      }
      let x = layout.left;
      row.forEach((cell, i) => {
        const lines = (cells[i] ?? []).slice(printed, printed + chunk);
        setFont(layout, cell.bold ? 'bold' : 'normal', TYPE.table, cell.href ? COLORS.accent : COLORS.text);
        lines.forEach((line, index) => {
          const left = cell.align === 'right' ? x + (widths[i] ?? 0) - CELL_PADDING.x - measureText(layout, line) : x + CELL_PADDING.x;
          drawText(layout, line, left, baseline(layout.y + CELL_PADDING.y + index * lineHeight, TYPE.table, lineHeight));
        });
        if (cell.href && lines.some((line) => line !== '')) {
          pdf.link(x, layout.y, widths[i] ?? 0, height, { url: encodePdfUri(cell.href) });
        }
        x += widths[i] ?? 0;
      });
      layout.y += height;
      pdf.setDrawColor(...COLORS.rule);
      pdf.setLineWidth(0.5);
      pdf.line(layout.left, layout.y, layout.left + width, layout.y);
      printed += chunk;
    }
    rowsOnPage += 1;
  });
  layout.y += 10;
}

// ── Impact ──────────────────────────────────────────────────────────────────

/** The four numbers a reader looks for first, large, in a row of boxes; total cost the largest. */
function drawKeyFigures(layout: Layout, doc: PostmortemDoc, locale: string): void {
  const { pdf } = layout;
  const { impact } = doc;
  const total = calculateCostTotal(impact.cost);
  const figures = [
    { label: 'Duration', value: impact.durationMinutes === null ? MISSING_VALUE : formatMinutes(impact.durationMinutes, locale), size: 13 },
    { label: 'Users affected', value: impact.usersAffectedPercent === null ? MISSING_VALUE : formatPercent(impact.usersAffectedPercent, 2, locale), size: 13 },
    { label: 'Total cost', value: total === 0 ? 'Not estimated' : formatMoney(total, impact.currency, locale), size: 16 },
    {
      label: 'Error budget used',
      value: impact.errorBudgetConsumedPercent === null ? MISSING_VALUE : formatPercent(impact.errorBudgetConsumedPercent, 2, locale),
      size: 13,
    },
  ];
  const gap = 8;
  const boxWidth = (layout.width - gap * (figures.length - 1)) / figures.length;
  const boxHeight = 46;
  ensureSpace(layout, boxHeight + 12);
  layout.y += 2;
  figures.forEach((figure, index) => {
    const x = layout.left + index * (boxWidth + gap);
    pdf.setFillColor(...COLORS.headerFill);
    pdf.roundedRect(x, layout.y, boxWidth, boxHeight, 4, 4, 'F');
    setFont(layout, 'bold', TYPE.fieldLabel, COLORS.muted);
    drawText(layout, wrap(layout, figure.label.toUpperCase(), boxWidth - 16)[0] ?? '', x + 8, layout.y + 15);
    let size = figure.size;
    setFont(layout, 'bold', size);
    while (size > 8 && measureText(layout, figure.value) > boxWidth - 16) {
      size -= 0.5;
      setFont(layout, 'bold', size);
    }
    drawText(layout, figure.value, x + 8, layout.y + 36);
  });
  layout.y += boxHeight + 12;
  // Name the span the duration and cost cover, as the incident and the Markdown do.
  const span = describePostmortemSpan(doc);
  if (span) {
    setFont(layout, 'normal', TYPE.fieldLabel, COLORS.muted);
    for (const line of wrap(layout, `Duration and total cost: ${span}.`, layout.width)) {
      drawText(layout, line, layout.left, layout.y + 2);
      layout.y += TYPE.fieldLabel * 1.4;
    }
    layout.y += 6;
  }
}

/** The cost breakdown: each component with an amount, then the total in bold. Absent when nothing was estimated. */
function buildCostTable(doc: PostmortemDoc, locale: string): PdfTable | null {
  const { impact } = doc;
  const total = calculateCostTotal(impact.cost);
  if (total === 0) return null;
  const money = (amount: number): string => formatMoney(amount, impact.currency, locale);
  const rows: PdfCell[][] = COST_COMPONENTS.filter((c) => impact.cost[c] !== 0).map((c) => [
    { text: COST_COMPONENT_LABELS[c] },
    { text: money(impact.cost[c]), align: 'right' },
  ]);
  rows.push([{ text: 'Total', bold: true }, { text: money(total), bold: true, align: 'right' }]);
  return { columns: ['Cost', `Amount (${impact.currency})`], rows };
}

// ── Footer and document ─────────────────────────────────────────────────────

function drawFooters(layout: Layout, title: string): void {
  const { pdf } = layout;
  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    pdf.setPage(page);
    const y = layout.pageHeight - MARGIN.bottom + 22;
    pdf.setDrawColor(...COLORS.rule);
    pdf.setLineWidth(0.5);
    pdf.line(layout.left, y, layout.right, y);
    setFont(layout, 'normal', TYPE.footer, COLORS.muted);
    const pageText = `Page ${page} of ${pages}`;
    const pageWidth = measureText(layout, pageText);
    drawText(layout, pageText, layout.right - pageWidth, y + 13);
    const room = layout.width - pageWidth - 24;
    let left = title;
    if (measureText(layout, left) > room) {
      while ([...left].length > 1 && measureText(layout, `${left}…`) > room) left = [...left].slice(0, -1).join('');
      left = `${left.trimEnd()}…`;
    }
    drawText(layout, left, layout.left, y + 13);
  }
}

/** About a dozen pages of text: below this a PDF is written uncompressed. */
export const PDF_COMPRESS_FROM_CHARACTERS = 40_000;

/**
 * Whether to deflate the PDF's streams. Compressing costs about 100 ms whatever the length (mostly the two
 * embedded font subsets), a quarter of a typical first export, and saves little on a short document (a
 * 6-page postmortem: 150 KB instead of 116 KB); on a long one it is what keeps the file small (94 pages:
 * 341 KB instead of 1.9 MB). So short postmortems are written as they are, long ones compressed.
 */
export function shouldCompressPdf(doc: PostmortemDoc): boolean {
  let characters = 0;
  for (const section of doc.sections) characters += section.title.length + section.body.length;
  for (const row of doc.timeline) characters += row.text.length + 20;
  for (const item of doc.actionItems) characters += JSON.stringify(item).length;
  return characters >= PDF_COMPRESS_FROM_CHARACTERS;
}

/**
 * Lays out the postmortem as a PDF from the same outline the Markdown export uses: a title block (incident,
 * title, severity and status, header fields), every visible section with wrapped paragraphs and lists, tables
 * whose rows move to the next page whole (a row taller than a page is split) with the header row repeated,
 * "Page N of M" footers, and the title, author, subject and keywords as document properties. All text is real
 * text in the embedded font. Returns the jsPDF document; the caller saves it.
 */
export function buildPostmortemPdf(doc: PostmortemDoc, JsPdf: JsPdfConstructor, options: BuildPdfOptions): jsPDF {
  const pdf = new JsPdf({ unit: 'pt', format: options.paper, orientation: 'portrait', compress: shouldCompressPdf(doc), putOnlyUsedFonts: true });
  let family = 'helvetica';
  let hasBold = true;
  if (options.fonts) {
    pdf.addFileToVFS('NotoSans-Regular.ttf', options.fonts.regular);
    pdf.addFont('NotoSans-Regular.ttf', FONT_FAMILY, 'normal');
    if (options.fonts.bold) {
      pdf.addFileToVFS('NotoSans-Bold.ttf', options.fonts.bold);
      pdf.addFont('NotoSans-Bold.ttf', FONT_FAMILY, 'bold');
    }
    family = FONT_FAMILY;
    hasBold = options.fonts.bold !== undefined;
  }
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const layout: Layout = {
    pdf,
    pageWidth,
    pageHeight,
    left: MARGIN.side,
    right: pageWidth - MARGIN.side,
    width: pageWidth - 2 * MARGIN.side,
    bottom: pageHeight - MARGIN.bottom,
    y: MARGIN.top,
    hasBold,
    family,
    text: new PdfTextDrawer(pdf, options.fallback?.plan ?? null, options.fallback?.files ?? {}),
  };

  const locale = options.locale ?? 'en-US';
  const outline = buildPostmortemOutline(doc, { locale, reviewRules: options.reviewRules });
  const authors = doc.authors.map((a) => a.trim()).filter((a) => a !== '');
  pdf.setDocumentProperties({
    title: outline.title,
    subject: doc.incidentId.trim() ? `Blameless postmortem of incident ${doc.incidentId.trim()}` : 'Blameless postmortem',
    author: authors.join(', '),
    keywords: ['postmortem', doc.severity, ...doc.services].filter((k) => k.trim() !== '').join(', '),
    creator: 'Outage Kit',
  });
  pdf.setLanguage('en-US');

  drawTitleBlock(layout, outline, doc);
  for (const section of outline.sections) {
    drawHeading(layout, section.title);
    // The impact measures read better as key figures (first, under the heading) and a cost table than as the
    // outline's Measure/Value list, which the Markdown keeps.
    const impactTable = section.kind === 'impact' ? section.blocks.find((b) => b.type === 'table') : undefined;
    if (impactTable) drawKeyFigures(layout, doc, locale);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') drawParagraph(layout, block.lines, block.muted === true);
      else if (block.type === 'list') drawList(layout, block);
      else if (block.type === 'subheading') drawSubheading(layout, block.text);
      else if (block === impactTable) {
        const costs = buildCostTable(doc, locale);
        if (costs) drawTable(layout, costs);
      } else drawTable(layout, block);
    }
  }
  drawFooters(layout, outline.title);
  layout.text.finish();
  return pdf;
}
