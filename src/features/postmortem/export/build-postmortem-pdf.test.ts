import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { addTimelineRows } from '../domain/edit-postmortem';
import { buildPostmortemPdf, calculateColumnWidths, shouldCompressPdf, wrapText, type JsPdfConstructor, type PdfFonts } from './build-postmortem-pdf';
import { createLargePostmortem } from '../../../testing/bench-fixtures';
import { createExamplePostmortem } from '../domain/example-postmortem';
import type { PostmortemDoc } from '../domain/postmortem-types';

const NOW = Date.UTC(2026, 10, 27, 9, 0);

/** The font subsets the app ships (src/features/postmortem/export/fonts/). */
function readFont(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../export/fonts/${file}`, import.meta.url))).toString('base64');
}

const FONTS: PdfFonts = { regular: readFont('NotoSans-Regular-subset.ttf'), bold: readFont('NotoSans-Bold-subset.ttf') };

interface DrawnText {
  page: number;
  text: string;
  x: number;
  y: number;
}

/** jsPDF with `text` and `link` recorded, so tests can see what went where. */
function createRecorder() {
  const texts: DrawnText[] = [];
  const links: { page: number; url: string }[] = [];
  const Recording = function (this: unknown, options: ConstructorParameters<JsPdfConstructor>[0]) {
    const pdf = new jsPDF(options);
    const text = pdf.text.bind(pdf);
    const link = pdf.link.bind(pdf);
    pdf.text = ((value: string | string[], x: number, y: number, ...rest: unknown[]) => {
      texts.push({ page: pdf.getCurrentPageInfo().pageNumber, text: String(value), x, y });
      return (text as (...args: unknown[]) => jsPDF)(value, x, y, ...rest);
    }) as typeof pdf.text;
    pdf.link = ((x: number, y: number, w: number, h: number, options: { url?: string }) => {
      links.push({ page: pdf.getCurrentPageInfo().pageNumber, url: options.url ?? '' });
      return (link as (...args: unknown[]) => void)(x, y, w, h, options);
    }) as typeof pdf.link;
    return pdf;
  } as unknown as JsPdfConstructor;
  return { Recording, texts, links };
}

function pageTexts(texts: readonly DrawnText[], page: number): string[] {
  return texts.filter((t) => t.page === page).map((t) => t.text);
}

describe('wrapText', () => {
  const measure = (text: string) => text.length * 5;

  it('wraps at spaces and keeps explicit line breaks', () => {
    expect(wrapText('one two three four', 50, measure)).toEqual(['one two', 'three four']);
    expect(wrapText('first line\nsecond', 100, measure)).toEqual(['first line', 'second']);
    expect(wrapText('a\n\nb', 100, measure)).toEqual(['a', '', 'b']);
  });

  it('breaks a long URL after slashes and dots before breaking between characters', () => {
    expect(wrapText('see https://status.example.com/incidents/2041', 100, measure)).toEqual([
      'see',
      'https://status.',
      'example.com/',
      'incidents/2041',
    ]);
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 50, measure)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });

  it('never makes a line wider than the width (unless one character is) and never loses a character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 5, max: 400 }), (text, width) => {
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(measure(line) <= width || [...line].length === 1).toBe(true);
        const squash = (s: string) => s.replace(/[\s]/g, '');
        expect(squash(lines.join(''))).toBe(squash(text.replace(/\r\n?/g, '\n')));
      }),
    );
  });
});

describe('wrapText with additive widths', () => {
  // Widths that add up, with fractions, as the embedded font's glyph widths do.
  const measure = (text: string) => [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) % 7) * 0.37 + 1.9, 0);

  it('breaks lines exactly where measuring every candidate line does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 5, max: 400 }), (text, width) => {
        expect(wrapText(text, width, measure, { additive: true })).toEqual(wrapText(text, width, measure));
      }),
    );
    const sentence = 'Ελένη found threads waiting on the pool; Андрей rolled back change 4812 at 14:31 https://git.example.com/payments/config/pull/4812';
    for (let width = 20; width < 400; width += 7) expect(wrapText(sentence, width, measure, { additive: true })).toEqual(wrapText(sentence, width, measure));
  });
});

describe('calculateColumnWidths', () => {
  it('gives every column its natural width and shares what is left when everything fits', () => {
    expect(calculateColumnWidths([100, 50], [20, 20], 300)).toEqual([200, 100]);
  });

  it('keeps the minimum of every column and gives the rest to the columns that want more', () => {
    const widths = calculateColumnWidths([400, 60, 300], [80, 60, 60], 400);
    expect(widths[1]).toBe(60);
    expect(widths[0]).toBeGreaterThan(widths[2] ?? 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400);
  });

  it('always fills the width exactly with non-negative columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 200 })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 50, max: 800 }),
        (columns, available) => {
          const widths = calculateColumnWidths(
            columns.map(([natural]) => natural),
            columns.map(([, minimum]) => minimum),
            available,
          );
          expect(widths.every((w) => Number.isFinite(w) && w >= 0)).toBe(true);
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(available, 6);
        },
      ),
    );
  });
});

describe('buildPostmortemPdf', () => {
  const example = createExamplePostmortem(NOW);

  it('lays out the example on several pages with "Page N of M" footers and the document properties', () => {
    const { Recording, texts } = createRecorder();
    const pdf = buildPostmortemPdf(example, Recording, { paper: 'a4', fonts: FONTS });
    const pages = pdf.getNumberOfPages();
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++) {
      expect(pageTexts(texts, page)).toContain(`Page ${page} of ${pages}`);
    }
    expect(pageTexts(texts, 1)).toContain('Checkout payments failed after a connection pool change');
    const output = pdf.output();
    expect(output).toContain('/Title (Checkout payments failed after a connection pool change)');
    expect(output).toContain('/Subject (Blameless postmortem of incident INC-2041)');
    expect(output).toContain('/Creator (Outage Kit)');
    expect(output).toMatch(/\/FontName \/[A-Z]*\+?NotoSans/);
  });

  it('draws the response metrics table and the Messaging lines', () => {
    const doc: PostmortemDoc = {
      ...example,
      metrics: { timeToDetect: 4 * 60_000, timeToAcknowledge: null, timeToMitigate: 40 * 60_000, timeToResolve: 65 * 60_000 },
      sections: [
        ...example.sections,
        { id: 'messaging', kind: 'messaging', title: 'Messaging', prompt: '', hidden: false, body: '- 14:05 · Customers · Investigating: We are looking into it.' },
      ],
    };
    const { Recording, texts } = createRecorder();
    buildPostmortemPdf(doc, Recording, { paper: 'a4', fonts: FONTS });
    const all = texts.map((t) => t.text);
    expect(all).toEqual(expect.arrayContaining(['Response metrics', 'METRIC', 'VALUE', 'DEFINITION', 'TTD', '4 min', 'TTA', 'Not recorded', 'TTM', '40 min', 'TTR', '1 h 5 min']));
    expect(all.some((t) => t.startsWith('Time to detect: impact start → detected'))).toBe(true);
    expect(all).toContain('Messaging');
    expect(all.some((t) => t.includes('14:05 · Customers · Investigating: We are looking into it.'))).toBe(true);
  });

  it('keeps every line of text inside the page margins', () => {
    const { Recording, texts } = createRecorder();
    const pdf = buildPostmortemPdf(example, Recording, { paper: 'letter', fonts: FONTS });
    const width = pdf.internal.pageSize.getWidth();
    const height = pdf.internal.pageSize.getHeight();
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
    for (const drawn of texts) {
      expect(drawn.x).toBeGreaterThanOrEqual(54);
      expect(drawn.x).toBeLessThan(width - 54);
      expect(drawn.y).toBeGreaterThan(54);
      expect(drawn.y).toBeLessThan(height - 20);
    }
  });

  it('repeats the header row on every page a long table reaches', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ at: NOW + i * 60_000, text: `Step ${i + 1}: checked the queue depth and the consumer lag` }));
    const doc: PostmortemDoc = addTimelineRows({ ...example, timeline: [] }, rows);
    const { Recording, texts } = createRecorder();
    const pdf = buildPostmortemPdf(doc, Recording, { paper: 'a4', fonts: FONTS });
    const pagesWithRows = new Set(texts.filter((t) => /^Step \d+:/.test(t.text)).map((t) => t.page));
    expect(pagesWithRows.size).toBeGreaterThan(2);
    for (const page of pagesWithRows) expect(pageTexts(texts, page)).toContain('TIME (UTC)');
    // Rows stay in order across pages.
    const order = texts.filter((t) => /^Step \d+:/.test(t.text)).map((t) => Number(/^Step (\d+)/.exec(t.text)?.[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(pdf.getNumberOfPages()).toBeGreaterThanOrEqual(Math.max(...pagesWithRows));
  });

  it('splits a table row taller than a page instead of losing it', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Line ${i + 1} of a very long pasted log excerpt`).join('\n');
    const doc = addTimelineRows({ ...example, timeline: [] }, [{ at: NOW, text: long }]);
    const { Recording, texts } = createRecorder();
    buildPostmortemPdf(doc, Recording, { paper: 'a4', fonts: FONTS });
    const lines = texts.filter((t) => /^Line \d+ of a very long/.test(t.text));
    expect(lines).toHaveLength(120);
    expect(new Set(lines.map((l) => l.page)).size).toBeGreaterThan(1);
  });

  it('links only http(s) and mailto addresses, percent-encoding PDF string delimiters', () => {
    const doc = addTimelineRows({ ...example, timeline: [] }, [
      { at: NOW, text: 'Safe link', link: 'https://example.com/a(b)c' },
      { at: NOW + 1, text: 'Script link', link: 'javascript:alert(1)' },
    ]);
    const { Recording, links, texts } = createRecorder();
    buildPostmortemPdf({ ...doc, sections: doc.sections.map((s) => (s.kind === 'supporting' ? { ...s, body: 'Dashboard: https://grafana.example.com/d/x and javascript:alert(2)' } : s)) }, Recording, {
      paper: 'a4',
      fonts: FONTS,
    });
    const urls = links.map((l) => l.url);
    expect(urls).toContain('https://example.com/a%28b%29c');
    expect(urls).toContain('https://grafana.example.com/d/x');
    expect(urls.some((u) => u.startsWith('javascript:'))).toBe(false);
    // The unsafe link is still shown, as inert text.
    expect(texts.some((t) => t.text.includes('javascript:alert(1)'))).toBe(true);
  });

  it('writes user text as text: markup and PDF syntax stay literal', () => {
    const doc = { ...example, title: 'Title with ) /JS (app.alert(1)) and <b>bold</b>' };
    const { Recording, texts } = createRecorder();
    const pdf = buildPostmortemPdf(doc, Recording, { paper: 'a4', fonts: FONTS });
    expect(texts.some((t) => t.text.includes('<b>bold</b>'))).toBe(true);
    expect(pdf.output()).not.toMatch(/\/JavaScript|\/JS\s*\(/);
  });

  it('still makes a PDF without the embedded font (Helvetica)', () => {
    const { Recording, texts } = createRecorder();
    const pdf = buildPostmortemPdf({ ...example, title: 'Plain Latin title' }, Recording, { paper: 'a4' });
    expect(pdf.getNumberOfPages()).toBeGreaterThan(1);
    expect(texts.some((t) => t.text === 'Plain Latin title')).toBe(true);
  });

  it('handles an empty postmortem: a title page with placeholders', () => {
    const empty: PostmortemDoc = {
      ...example,
      title: '',
      incidentId: '',
      authors: [],
      severity: '',
      services: [],
      responders: [],
      startedAt: null,
      endedAt: null,
      timeline: [],
      fiveWhys: [],
      actionItems: [],
      impact: { ...example.impact, durationMinutes: null, usersAffectedPercent: null, errorBudgetConsumedPercent: null, notes: '', cost: { revenue: 0, productivity: 0, response: 0, sla: 0, churn: 0, other: 0 } },
      sections: example.sections.map((s) => ({ ...s, body: '' })),
    };
    const { Recording, texts } = createRecorder();
    const pdf = buildPostmortemPdf(empty, Recording, { paper: 'a4', fonts: FONTS });
    expect(pdf.getNumberOfPages()).toBeGreaterThanOrEqual(1);
    expect(texts.map((t) => t.text)).toContain('Untitled postmortem');
    expect(texts.map((t) => t.text)).toContain('Not estimated');
  });
});

describe('shouldCompressPdf', () => {
  it('writes a typical postmortem uncompressed (faster to make) and compresses a long one (much smaller file)', () => {
    expect(shouldCompressPdf(createExamplePostmortem(NOW))).toBe(false);
    expect(shouldCompressPdf(createLargePostmortem())).toBe(true);
  });
});
