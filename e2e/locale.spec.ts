import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every numeric field of the calculator, typed the way a writer in each locale writes (Intl's own format, with
// grouping), must be read as that writer means; a text another convention could read differently must show
// how it was read. A "silent misreading" is a value stored differently from what was meant with no note or
// error next to the field: this spec asserts there are none.

const LOCALES = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'nl-NL', 'pl-PL'];

interface FieldCase {
  label: string;
  /** Where the validated value lands in the saved state (`state.calculator.inputs`). */
  path: (inputs: SavedInputs) => number | undefined;
  meant: number;
  /** The control; defaults to the field with this exact label. */
  locate?: (page: Page) => Locator;
}

type SavedInputs = Record<string, unknown> & { slaTiers?: { below: number; credit: number }[] };
const key = (name: string) => (inputs: SavedInputs) => inputs[name] as number | undefined;

const durationPart = (part: 'hours' | 'minutes') => (page: Page) =>
  page.getByRole('group', { name: 'Outage duration' }).getByRole('textbox', { name: part });

// Values chosen so that, written with grouping, several are ambiguous in some locale (1,500 / 1.500).
const FIELDS: FieldCase[] = [
  { label: 'hours', meant: 1, path: () => undefined, locate: durationPart('hours') },
  { label: 'minutes', meant: 7.5, path: (i) => (typeof i.minutes === 'number' ? i.minutes - 60 : undefined), locate: durationPart('minutes') },
  { label: 'Users or traffic affected', meant: 12.5, path: key('affected') },
  { label: 'Revenue', meant: 1_500_000.5, path: key('revenue') },
  { label: 'Revenue that depends on this service', meant: 80, path: key('dependent') },
  { label: 'Lost sales completed later', meant: 10.25, path: key('recovered') },
  { label: 'Employees affected', meant: 1500, path: key('employees') },
  { label: 'Fully loaded hourly cost', meant: 1250.5, path: key('hourlyCost') },
  { label: 'Productivity lost', meant: 33.3, path: key('productivityLoss') },
  { label: 'Responders', meant: 12, path: key('responders') },
  { label: 'Responder hourly cost', meant: 1500, path: key('responderRate') },
  { label: 'Extra hours each after the outage', meant: 2.5, path: key('extraHours') },
  { label: 'SLA target', meant: 99.95, path: key('slaTarget') },
  { label: 'Monthly value of contracts with credits', meant: 250_000, path: key('slaContract') },
  { label: 'Downtime already this month', meant: 12.5, path: key('slaPriorMinutes') },
  { label: 'Uptime below', meant: 99.95, path: (i) => i.slaTiers?.[0]?.below, locate: (page) => page.getByLabel('Uptime below').first() },
  { label: 'Credit for tier 1', meant: 12.5, path: (i) => i.slaTiers?.[0]?.credit },
  { label: 'Customers lost', meant: 3, path: key('churnCustomers') },
  { label: 'Value of a customer', meant: 1500, path: key('customerValue') },
  { label: 'Other one-off costs', meant: 2500.75, path: key('otherCosts') },
  { label: 'Incidents like this per year', meant: 4, path: key('incidentsPerYear') },
  { label: 'Cut outage length by', meant: 25, path: key('fasterBy') },
];

const control = (page: Page, field: FieldCase) => field.locate?.(page) ?? page.getByLabel(field.label, { exact: true });

async function readSavedInputs(page: Page): Promise<SavedInputs | undefined> {
  return page.evaluate(() => {
    try {
      const raw = localStorage.getItem('outage-kit:state');
      return raw ? (JSON.parse(raw) as { state?: { calculator?: { inputs?: SavedInputs } } }).state?.calculator?.inputs : undefined;
    } catch {
      return undefined;
    }
  });
}

async function openCalculator(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeVisible();
  // Wait for the live app (the prerendered form is replaced when the locale differs from the build's).
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
}

for (const locale of LOCALES) {
  test.describe(`numbers typed in ${locale}`, () => {
    test.use({ locale });

    test(`every numeric field reads ${locale}'s own format as meant, and says so where it could be misread`, async ({ page }) => {
      await openCalculator(page);
      const texts = await page.evaluate(
        ({ loc, values }) => values.map((v) => new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(v)),
        { loc: locale, values: FIELDS.map((f) => f.meant) },
      );
      for (const [index, field] of FIELDS.entries()) await control(page, field).fill(texts[index] ?? '');

      for (const [index, field] of FIELDS.entries()) {
        const input = control(page, field);
        await expect(input, `${field.label}: "${texts[index]}" is accepted`).not.toHaveAttribute('aria-invalid', 'true');
        const description = (await input.getAttribute('aria-describedby')) ?? '';
        const noted = await page.evaluate(
          (ids) => ids.split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
          description,
        );
        // A visible note may only ever state the reading the writer meant.
        if (/Read as/.test(noted)) {
          const meantText = await page.evaluate(
            ({ loc, v }) => new Intl.NumberFormat(loc, { useGrouping: false, maximumFractionDigits: 10 }).format(v),
            { loc: locale, v: field.meant },
          );
          expect(noted, `${field.label}: the note states what was meant`).toContain(`Read as ${meantText},`);
        }
      }

      await expect
        .poll(async () => {
          const saved = await readSavedInputs(page);
          return saved ? FIELDS.filter((f) => f.path(saved) !== undefined).map((f) => [f.label, f.path(saved)]) : [];
        })
        .toEqual(FIELDS.filter((f) => f.label !== 'hours').map((f) => [f.label, f.meant]));
    });

    test(`in ${locale}, a text the other convention reads differently is never read silently`, async ({ page }) => {
      await openCalculator(page);
      const revenue = page.getByLabel('Revenue', { exact: true });
      for (const text of ['1,500', '1.500', '2,500', '2.500']) {
        await revenue.fill(text);
        // Either how it was read is shown next to the field, or it is refused with a message there.
        await expect(revenue, `"${text}" in ${locale}`).toHaveAccessibleDescription(/Read as \d+([.,]\d+)?, not \d+([.,]\d+)?|Enter your revenue/);
        await expect(page.getByText(/^Read as /)).toBeVisible();
      }
    });
  });
}

test.describe('writers from the issue', () => {
  const cases: { locale: string; text: string; meant: number; note?: string }[] = [
    { locale: 'de-DE', text: '1.500', meant: 1500, note: 'Read as 1500, not 1,5' },
    { locale: 'de-DE', text: '1.500.000', meant: 1_500_000 },
    { locale: 'de-DE', text: '1.500,50', meant: 1500.5 },
    { locale: 'en-IN', text: '15,00,000', meant: 1_500_000 },
    { locale: 'fr-FR', text: '1\u202f500\u202f000', meant: 1_500_000 },
    { locale: 'fr-FR', text: '1 500 000', meant: 1_500_000 },
    { locale: 'de-CH', text: "1'500'000", meant: 1_500_000 },
    { locale: 'de-CH', text: '1\u2019500\u2019000', meant: 1_500_000 },
  ];
  for (const c of cases) {
    test.describe(c.locale, () => {
      test.use({ locale: c.locale });
      test(`"${c.text}" in Revenue is read as ${c.meant}${c.note ? ', with a visible note' : ''}`, async ({ page }) => {
        await openCalculator(page);
        const revenue = page.getByLabel('Revenue', { exact: true });
        await revenue.fill(c.text);
        await expect(revenue).not.toHaveAttribute('aria-invalid', 'true');
        if (c.note) {
          await expect(page.getByText(c.note)).toBeVisible();
          await expect(revenue).toHaveAccessibleDescription(new RegExp(c.note));
        } else {
          await expect(page.getByText(/^Read as /)).toHaveCount(0);
        }
        await expect.poll(async () => (await readSavedInputs(page))?.revenue).toBe(c.meant);
      });
    });
  }
});

test.describe('the duration error', () => {
  test.use({ locale: 'de-DE' });
  test('is tied to the hours and minutes inputs', async ({ page }) => {
    await openCalculator(page);
    const hours = page.getByRole('group', { name: 'Outage duration' }).getByRole('textbox', { name: 'hours' });
    const minutes = page.getByRole('group', { name: 'Outage duration' }).getByRole('textbox', { name: 'minutes' });
    await minutes.fill('abc');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toHaveAccessibleDescription(/Enter the minutes as a number/);
    await hours.fill('0');
    await minutes.fill('0');
    // The total is both inputs' doing: both are marked, both carry the message.
    await expect(hours).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(hours).toHaveAccessibleDescription(/Enter a duration of at least 1 minute/);
    await expect(minutes).toHaveAccessibleDescription(/Enter a duration of at least 1 minute/);
  });
});

test.describe('figures on a de-DE screen', () => {
  test.use({ locale: 'de-DE' });
  test('percentages and durations use one locale', async ({ page }) => {
    await openCalculator(page);
    const main = page.getByRole('main');
    await expect(main).toContainText(/unter|below 99,9\s%/);
    const text = await main.innerText();
    // No figure in the en-US style next to the de-DE ones: "99.9%", "49.7 s", "1.5 min".
    expect(text).not.toMatch(/\d\.\d+\s?%/);
    expect(text).not.toMatch(/\d\.\d+ (s|min)\b/);
  });
});
