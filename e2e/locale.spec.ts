import type { Locator, Page } from '@playwright/test';
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';
import { expect, test } from './fixtures';

// Every numeric field of the calculator, typed the way a writer in each locale writes (Intl's own format, with
// grouping), must be read as that writer means; a text another convention could read differently must show
// how it was read. A "silent misreading" is a value stored differently from what was meant with no note or
// error next to the field: this spec asserts there are none, in the app and in both embeds (the iframe page and
// the custom element), which read numbers in the reader's browser locale as the app does.

const EMBED_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
/** Every input group, the year view too (the embeds leave it out by default). */
const ALL_SECTIONS = 'outage,revenue,productivity,response,sla,churn,other,annual,settings';

const LOCALES = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'nl-NL', 'pl-PL'];
/** The embeds share the calculator's form; eight locales (every separator convention) keep the run short. */
const EMBED_LOCALES = ['en-US', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'pt-BR', 'pl-PL'];

interface FieldCase {
  label: string;
  /** Where the validated value lands in the saved state (`state.calculator.inputs`). */
  path: (inputs: SavedInputs) => number | undefined;
  meant: number;
  /** The control; defaults to the field with this exact label. */
  locate?: (scope: Page | Locator) => Locator;
}

type SavedInputs = Record<string, unknown> & { slaTiers?: { below: number; credit: number }[] };
const key = (name: string) => (inputs: SavedInputs) => inputs[name] as number | undefined;

const durationPart = (part: 'hours' | 'minutes') => (scope: Page | Locator) =>
  scope.getByRole('group', { name: 'Outage duration' }).getByRole('textbox', { name: part });

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
  { label: 'Uptime below', meant: 99.95, path: (i) => i.slaTiers?.[0]?.below, locate: (scope) => scope.getByLabel('Uptime below').first() },
  { label: 'Credit for tier 1', meant: 12.5, path: (i) => i.slaTiers?.[0]?.credit },
  { label: 'Customers lost', meant: 3, path: key('churnCustomers') },
  { label: 'Value of a customer', meant: 1500, path: key('customerValue') },
  { label: 'Other one-off costs', meant: 2500.75, path: key('otherCosts') },
  { label: 'Incidents like this per year', meant: 4, path: key('incidentsPerYear') },
  { label: 'Cut outage length by', meant: 25, path: key('fasterBy') },
];

const control = (scope: Page | Locator, field: FieldCase) => field.locate?.(scope) ?? scope.getByLabel(field.label, { exact: true });

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

/**
 * What an embed took the fields to mean: its "Open in Outage Kit" link carries every input in the share link's
 * machine form (`revenue=1500000.5`, `slaTiers=99.95:12.5`), whatever the reader's locale.
 */
async function readEmbedInputs(scope: Page | Locator): Promise<SavedInputs | undefined> {
  const href = await scope.getByRole('link', { name: /Open in Outage Kit/ }).getAttribute('href');
  if (!href) return undefined;
  // Only the query matters here; the base makes a relative link parse.
  const params = new URL(href, 'http://embed.invalid/').searchParams;
  const inputs: SavedInputs = {};
  for (const [name, value] of params) inputs[name] = Number(value);
  inputs.slaTiers = (params.get('slaTiers') ?? '')
    .split(',')
    .filter(Boolean)
    .map((tier) => {
      const [below = '', credit = ''] = tier.split(':');
      return { below: Number(below), credit: Number(credit) };
    });
  return inputs;
}

async function openCalculator(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeVisible();
  // Wait for the live app (the prerendered form is replaced when the locale differs from the build's).
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
}

/**
 * Types each field's value as the locale writes it (Intl's own format, with grouping), then checks that no field
 * is refused, that any "Read as" note states what was meant, and that every value landed as meant.
 */
async function expectEveryFieldReadAsMeant(page: Page, scope: Page | Locator, locale: string, read: () => Promise<SavedInputs | undefined>) {
  const texts = await page.evaluate(
    ({ loc, values }) => values.map((v) => new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(v)),
    { loc: locale, values: FIELDS.map((f) => f.meant) },
  );
  const meantTexts = await page.evaluate(
    ({ loc, values }) => values.map((v) => new Intl.NumberFormat(loc, { useGrouping: false, maximumFractionDigits: 10 }).format(v)),
    { loc: locale, values: FIELDS.map((f) => f.meant) },
  );
  // Fill every field first, then read every field's state in one call: the check costs one round trip, not 44.
  const ids: string[] = [];
  // A narrow embed folds its input groups; a reader opens each one to reach its fields.
  const folded = scope.locator('details.cost-group--folded:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
  for (const [index, field] of FIELDS.entries()) {
    const input = control(scope, field);
    await input.fill(texts[index] ?? '');
    ids.push((await input.getAttribute('id')) ?? '');
  }
  const states = await scope.locator('input').first().evaluate((first, wanted) => {
    const root = first.getRootNode() as Document | ShadowRoot;
    return wanted.map((id) => {
      const el = root.getElementById(id);
      const noted = (el?.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((ref) => root.getElementById(ref)?.textContent ?? '')
        .join(' ');
      return { invalid: el?.getAttribute('aria-invalid') === 'true', noted };
    });
  }, ids);
  for (const [index, field] of FIELDS.entries()) {
    const state = states[index];
    expect(state?.invalid, `${field.label}: "${texts[index]}" is accepted`).toBe(false);
    // A visible note may only ever state the reading the writer meant.
    if (/Read as/.test(state?.noted ?? '')) expect(state?.noted, `${field.label}: the note states what was meant`).toContain(`Read as ${meantTexts[index]},`);
  }

  await expect
    .poll(async () => {
      const saved = await read();
      return saved ? FIELDS.filter((f) => f.path(saved) !== undefined).map((f) => [f.label, f.path(saved)]) : [];
    })
    .toEqual(FIELDS.filter((f) => f.label !== 'hours').map((f) => [f.label, f.meant]));
}

/** A text the other convention reads differently ("1,500" / "1.500") is either noted or refused, never silent. */
async function expectAmbiguousTextNeverSilent(scope: Page | Locator, locale: string) {
  const revenue = scope.getByLabel('Revenue', { exact: true });
  for (const text of ['1,500', '1.500', '2,500', '2.500']) {
    await revenue.fill(text);
    await expect(revenue, `"${text}" in ${locale}`).toHaveAccessibleDescription(/Read as \d+([.,]\d+)?, not \d+([.,]\d+)?|Enter your revenue/);
  }
}

for (const locale of LOCALES) {
  test.describe(`numbers typed in ${locale}`, () => {
    test.use({ locale });

    test(`every numeric field of the calculator reads ${locale}'s own format as meant; a text another convention reads differently is never read silently`, async ({ page }) => {
      await openCalculator(page);
      await expectEveryFieldReadAsMeant(page, page, locale, () => readSavedInputs(page));
      await expectAmbiguousTextNeverSilent(page, locale);
      await expect(page.getByText(/^Read as /).first()).toBeVisible();
    });

    if (EMBED_LOCALES.includes(locale)) {
      test(`both embeds read ${locale}'s own format as meant, in every field`, async ({ page }) => {
        await test.step('the iframe page', async () => {
          await page.goto(`${EMBED_ORIGIN}/embed.html?sections=${ALL_SECTIONS}`);
          await expect(page.getByRole('status', { name: 'Total cost' })).toBeVisible();
          await expectEveryFieldReadAsMeant(page, page, locale, () => readEmbedInputs(page));
          await expectAmbiguousTextNeverSilent(page, locale);
        });
        await test.step('the custom element on a host page of another origin', async () => {
          await page.goto(`${HOST_ORIGIN}/element.html`);
          await page.evaluate((sections) => {
            const element = document.createElement('downtime-cost-calculator');
            element.id = 'matrix';
            element.setAttribute('sections', sections);
            document.querySelector('main')?.replaceChildren(element);
          }, ALL_SECTIONS);
          const element = page.locator('#matrix');
          await expect(element.getByRole('status', { name: 'Total cost' })).toBeVisible();
          await expectEveryFieldReadAsMeant(page, element, locale, () => readEmbedInputs(element));
          await expectAmbiguousTextNeverSilent(element, locale);
        });
      });
    }
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

/** Values meant, per label; several are ambiguous when written with grouping in some locale. */
type Typed = { label: string; meant: number }[];

/** Fills each field as the locale writes its value; no field refused, any "Read as" note states what was meant. */
async function fillAsWritten(page: Page, scope: Locator, locale: string, fields: Typed) {
  for (const field of fields) {
    const [text, meantText] = await page.evaluate(
      ({ loc, v }) => [new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(v), new Intl.NumberFormat(loc, { useGrouping: false, maximumFractionDigits: 10 }).format(v)],
      { loc: locale, v: field.meant },
    );
    const input = scope.getByLabel(field.label, { exact: true });
    await input.fill(text ?? '');
    await expect(input, `${field.label}: "${text}" is accepted`).not.toHaveAttribute('aria-invalid', 'true');
    const description = (await input.getAttribute('aria-describedby')) ?? '';
    const noted = await page.evaluate((ids) => ids.split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' '), description);
    if (/Read as/.test(noted)) expect(noted, `${field.label}: the note states what was meant`).toContain(`Read as ${meantText},`);
  }
}

/** The saved items of a tool (kept one per key, `outage-kit:state:<tool>:<id>`), whatever wraps them. */
async function readSavedItems(page: Page, tool: 'incident' | 'postmortem'): Promise<Record<string, unknown>[]> {
  return page.evaluate((prefix) => {
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i) ?? '';
      if (!key.startsWith(prefix)) continue;
      try {
        const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
        if (parsed) items.push(parsed, ...Object.values(parsed).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null));
      } catch {
        // not ours to judge here
      }
    }
    return items;
  }, `outage-kit:state:${tool}:`);
}

const INCIDENT_COST_FIELDS: Typed = [
  { label: 'Users affected (%)', meant: 12.5 },
  { label: 'Revenue (per month)', meant: 1_500_000.5 },
  { label: 'Responders (people)', meant: 12 },
  { label: 'Responder hourly cost (per hour)', meant: 1500 },
  { label: 'Other costs (lump sum)', meant: 2500.75 },
];
const INCIDENT_FIELD_NAMES = ['affected', 'revenue', 'responders', 'responderRate', 'otherCosts'];

const POSTMORTEM_FIELDS: Typed = [
  { label: 'Duration', meant: 1500 },
  { label: 'Users affected', meant: 12.5 },
  { label: 'Error budget consumed', meant: 175.5 },
  { label: 'Lost revenue', meant: 1_500_000.5 },
  { label: 'Lost productivity', meant: 2500.75 },
  { label: 'Response cost', meant: 1500 },
  { label: 'SLA credits', meant: 250_000 },
  { label: 'Churn', meant: 12_000 },
  { label: 'Other costs', meant: 1250.5 },
];

for (const locale of EMBED_LOCALES) {
  test.describe(`numbers typed in ${locale}, in the incident and the postmortem`, () => {
    test.use({ locale });
    test(`the incident's own cost inputs and the postmortem's impact figures read ${locale}'s own format as meant`, async ({ page }) => {
      await test.step("the incident's cost inputs", async () => {
        await page.goto('./incident/');
        await expect(page.getByRole('heading', { level: 1, name: 'Declare an incident' })).toBeVisible();
        const form = page.getByRole('form', { name: 'Declare an incident' });
        await form.getByLabel('What is wrong?').fill('Checkout fails');
        await form.getByLabel('SEV2 – Major').check();
        await form.getByRole('button', { name: 'Declare incident' }).click();
        const panel = page.getByRole('region', { name: 'Cost inputs' });
        await panel.getByRole('button', { name: 'Edit cost inputs' }).click();
        await fillAsWritten(page, panel, locale, INCIDENT_COST_FIELDS);
        await panel.getByRole('button', { name: 'Save cost inputs' }).click();
        await expect(panel.getByRole('button', { name: 'Edit cost inputs' })).toBeVisible();
        await expect
          .poll(() =>
            readSavedItems(page, 'incident').then((items) => {
              const inputs = items.find((item) => 'costInputs' in item)?.costInputs as Record<string, number> | undefined;
              return INCIDENT_FIELD_NAMES.map((name) => inputs?.[name]);
            }),
          )
          .toEqual(INCIDENT_COST_FIELDS.map((f) => f.meant));
      });

      await test.step("the postmortem's impact figures", async () => {
        await page.goto('./postmortem/');
        await page.getByRole('button', { name: 'Load the example' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Checkout payments failed after a connection pool change' })).toBeVisible();
        await fillAsWritten(page, page.locator('.pm-impact'), locale, POSTMORTEM_FIELDS);
        await expect
          .poll(() =>
            readSavedItems(page, 'postmortem').then((items) => {
              const impact = items.find((item) => 'impact' in item)?.impact as
                | { durationMinutes: number; usersAffectedPercent: number; errorBudgetConsumedPercent: number; cost: Record<string, number> }
                | undefined;
              return impact ? [impact.durationMinutes, impact.usersAffectedPercent, impact.errorBudgetConsumedPercent, ...['revenue', 'productivity', 'response', 'sla', 'churn', 'other'].map((c) => impact.cost[c])] : [];
            }),
          )
          .toEqual(POSTMORTEM_FIELDS.map((f) => f.meant));
      });
    });
  });
}
