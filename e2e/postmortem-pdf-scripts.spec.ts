// Issue 15, point 5: a PDF that carries every character or says so before export. A postmortem with one line
// per script and symbol group is exported; pdftotext must read each line back character for character, and
// what the PDF cannot draw as typed must have been listed by the export panel before the export.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { download, readPdfText } from './trust-helpers';

/** One line per script and symbol group; the label keeps each line findable in pdftotext's output. */
const LINES = [
  'Japanese: 日本語のテキスト、障害対応',
  'Chinese: 中文测试，服务恢复',
  'Korean: 한국어 장애 복구',
  'Hebrew: שלום עולם',
  'Arabic: مرحبا بالعالم',
  'Devanagari: नमस्ते दुनिया',
  'Thai: สวัสดีครับ ที่นี่',
  'Emoji: 🔥 🚀 ✅',
  'Arrows: v2.31 → v2.30 ← back',
  'Maths: ≥ ≤ ≠ ≈ ∞',
  'Checks: ✓ ✗',
  'Polish: zażółć gęślą jaźń',
  'Turkish: İıŞşĞğ',
  'Vietnamese: Tiếng Việt',
  'Greek: Ωμέγα αβγ',
  'Cyrillic: Привет мир',
  'Currency: € £ ¥ ₹ ₩ ₺',
];

/**
 * pdftotext's line for a line of the document, whitespace normalised. Around a right-to-left run poppler adds
 * the embedding marks RLE…PDF (U+202B, U+202C) and gives the letters in logical order: the marks are invisible
 * and not part of what was typed, so they are removed; nothing else is normalised.
 */
function readBackLine(text: string, label: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.replace(/[\u202a-\u202e\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim())
    .find((line) => line.startsWith(`${label}: `));
}

async function createBlankPostmortem(page: Page, title: string): Promise<void> {
  await page.goto('./postmortem/');
  await expect(page.getByRole('heading', { level: 1, name: 'Blameless postmortems' })).toBeVisible();
  await page.getByLabel('Short').check();
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled postmortem' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const summaryBox = (page: Page) => page.getByRole('region', { name: 'Summary', exact: true }).getByRole('textbox', { name: 'Summary' });
const exportPanel = (page: Page) => page.getByRole('region', { name: 'Export' });
/** The PDF's status line (the copy button has its own status). */
const pdfStatus = (page: Page) => exportPanel(page).locator('.pm-export__status');
const problemList = (page: Page) => exportPanel(page).getByRole('group', { name: /^The PDF would/ });
/** The fallback fonts the page fetched, by file name without its hash. */
const fallbackFonts = (requests: readonly string[]) =>
  requests.filter((url) => url.includes('/assets/pdf-fonts/')).map((url) => (new URL(url).pathname.split('/').pop() ?? '').replace(/-[\w-]{8}\.ttf$/, ''));

/** Each problem the panel lists: its reason's first words and its items, as shown. */
async function listedProblems(page: Page): Promise<{ reason: string; items: string[] }[]> {
  return problemList(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        reason: item.querySelector('.pm-export__problem-reason')?.textContent ?? '',
        items: [...item.querySelectorAll('.pm-export__problem-item bdi')].map((bdi) => bdi.textContent ?? ''),
      })),
    );
}

test.describe('PDF: every character carried, or listed before export', () => {
  test.use({ serviceWorkers: 'block' });

  test('one line per script reads back from the PDF character for character; what it misdraws was listed first', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await createBlankPostmortem(page, 'Scripts of the world');
    await summaryBox(page).fill(LINES.join('\n'));

    // Before the export: exactly the words jsPDF cannot shape, grouped by script, and Markdown offered.
    await expect(problemList(page)).toBeVisible();
    await expect(problemList(page).getByRole('heading')).toHaveText('The PDF would not draw some text as typed');
    const problems = await listedProblems(page);
    expect(problems.map((p) => ({ script: p.reason.split(/[ :]/)[0], items: p.items }))).toEqual([
      { script: 'Devanagari', items: ['नमस्ते', 'दुनिया'] },
      { script: 'Thai', items: ['ที่นี่'] },
    ]);
    await expect(problemList(page).getByRole('button', { name: 'Download Markdown instead' })).toBeVisible();
    // No font is fetched to check the document: only its coverage tables.
    expect(fallbackFonts(requests)).toEqual([]);

    const pdf = await download(page, exportPanel(page).getByRole('button', { name: 'Download PDF' }), testInfo);
    await expect(pdfStatus(page)).toHaveText(`Downloaded ${pdf.name}. It does not show the characters listed above as typed.`);

    // Every line, every character, read back (the misdrawn Devanagari and Thai too: their text is kept).
    const text = readPdfText(pdf.path);
    for (const line of LINES) expect(readBackLine(text, line.split(':')[0] as string), line).toBe(line);

    // Fonts from our own origin only, and only those of the scripts present (maths and arrows come from the
    // CJK fonts the document needs anyway, so Noto Sans Math is never fetched).
    const origin = new URL(page.url()).origin;
    const fontRequests = requests.filter((url) => /\.ttf$/.test(url));
    expect(fontRequests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    expect(fallbackFonts(requests).sort()).toEqual(
      [
        'NotoEmoji_400Regular',
        'NotoSansArabic_400Regular',
        'NotoSansDevanagari_400Regular',
        'NotoSansHebrew_400Regular',
        'NotoSansJP_400Regular',
        'NotoSansKR_400Regular',
        'NotoSansSC_400Regular',
        'NotoSansSymbols2-Regular-subset',
        'NotoSansThai_400Regular',
      ].sort(),
    );

    // The pages as images, for a person to look at (attached to the report).
    const prefix = testInfo.outputPath('scripts-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, prefix]);
    for (const file of readdirSync(testInfo.outputDir).filter((name) => name.startsWith('scripts-page'))) {
      await testInfo.attach(file, { path: testInfo.outputPath(file), contentType: 'image/png' });
      if (process.env.PDF_PAGES_DIR) copyFileSync(testInfo.outputPath(file), `${process.env.PDF_PAGES_DIR}/${file}`);
    }
  });

  test('Latin, Greek, Cyrillic and currency: no warning and no fallback font fetched', async ({ page }, testInfo) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await createBlankPostmortem(page, 'Zażółć gęślą jaźń');
    const latin = LINES.slice(11);
    await summaryBox(page).fill(latin.join('\n'));
    const pdf = await download(page, exportPanel(page).getByRole('button', { name: 'Download PDF' }), testInfo);
    await expect(pdfStatus(page)).toHaveText(`Downloaded ${pdf.name}.`);
    await expect(problemList(page)).toHaveCount(0);
    const text = readPdfText(pdf.path);
    for (const line of latin) expect(readBackLine(text, line.split(':')[0] as string), line).toBe(line);
    expect(fallbackFonts(requests)).toEqual([]);
  });

  test('a click on Download PDF right after typing shows the list first; the next click exports', async ({ page }, testInfo) => {
    await createBlankPostmortem(page, 'Typed and exported at once');
    let downloads = 0;
    page.on('download', () => downloads++);
    await summaryBox(page).fill('Deploy to the Mumbai region: कर्म failed, 𝄞 and ሰላም in the logs');
    await exportPanel(page).getByRole('button', { name: 'Download PDF' }).click();
    await expect(pdfStatus(page)).toHaveText(
      'Before you export: the PDF would not show every character as typed (listed above). Download PDF again to export it anyway, or download Markdown.',
    );
    expect(downloads).toBe(0);
    await expect(problemList(page).getByRole('heading')).toHaveText('The PDF would leave out some characters');
    expect(await listedProblems(page)).toEqual([
      { reason: 'Symbols: none of the PDF fonts has these characters, so they are left out of the PDF.', items: ['𝄞 (U+1D11E)'] },
      { reason: 'Ethiopic: none of the PDF fonts has these characters, so they are left out of the PDF.', items: ['ሰ (U+1230)', 'ላ (U+120B)', 'ም (U+121D)'] },
      { reason: expect.stringMatching(/^Devanagari is drawn letter by letter/) as unknown as string, items: ['कर्म'] },
    ]);
    // The warning meets WCAG AA in both themes.
    await expectNoAxeViolations(page, '.pm-export');
    await useTheme(page, 'dark');
    await expectNoAxeViolations(page, '.pm-export');
    const pdf = await download(page, exportPanel(page).getByRole('button', { name: 'Download PDF' }), testInfo);
    await expect(pdfStatus(page)).toContainText(`Downloaded ${pdf.name}.`);
    expect(readPdfText(pdf.path)).toContain('Deploy to the Mumbai region: कर्म failed,');
  });
});

test.describe('PDF fonts offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a fallback font fetched once is cached by the service worker: the second export works offline', async ({ page, context }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Offline' })).toContainText('Outage Kit now works offline in this browser.', { timeout: 20_000 });
    await createBlankPostmortem(page, 'Failover שלום 🔥');
    await summaryBox(page).fill('Hebrew: שלום עולם\nEmoji: 🔥 ✅');
    const first = await download(page, exportPanel(page).getByRole('button', { name: 'Download PDF' }), testInfo);
    await expect(pdfStatus(page)).toHaveText(`Downloaded ${first.name}.`);
    // The fonts were not precached (they are fetched only by documents that need them), now they are kept.
    const cached = await page.evaluate(async () => (await (await caches.open('outage-kit-pdf-fonts')).keys()).map((r) => new URL(r.url).pathname.split('/').pop()));
    expect(cached.map((name) => name?.replace(/-[\w-]{8}\.ttf$/, '')).sort()).toEqual(['NotoEmoji_400Regular', 'NotoSansHebrew_400Regular']);

    // Offline, in a fresh page (nothing held in memory): the same fonts come from the cache.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Failover שלום 🔥' })).toBeVisible();
    const second = await download(page, exportPanel(page).getByRole('button', { name: 'Download PDF' }), testInfo);
    await expect(pdfStatus(page)).toHaveText(`Downloaded ${second.name}.`);
    const text = readPdfText(second.path);
    expect(readBackLine(text, 'Hebrew')).toBe('Hebrew: שלום עולם');
    expect(readBackLine(text, 'Emoji')).toBe('Emoji: 🔥 ✅');
    await context.setOffline(false);
  });
});
