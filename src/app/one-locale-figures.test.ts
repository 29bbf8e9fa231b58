import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from '../features/calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, cloneCostInputs, type CostInputs } from '../features/calculator/domain/cost-inputs';
import { renderCostSummaryMarkdown } from '../features/calculator/domain/render-cost-summary-markdown';
import { calculateCostSoFar } from '../features/incident/domain/cost-so-far';
import { MINUTE, T0, createTestIncident } from '../testing/incident-fixture';
import { composeStatusUpdate } from '../features/incident/domain/status-update';
import { createExamplePostmortem } from '../features/postmortem/domain/example-postmortem';
import { renderPostmortemMarkdown } from '../features/postmortem/export/render-postmortem-markdown';
import { formatMoney, formatPercent } from '../lib/format';

// Every figure a reader copies out of the app (the calculator's Markdown summary, a status update, the
// postmortem's impact figures) is written in one locale: the reader's. A German manager must never get
// "99,8973 % — below 99.9%". These are the marks of an en-US figure that each locale never writes itself.
const EN_US_MARKS: Record<string, { pattern: RegExp; what: string }[]> = {
  'de-DE': [
    { pattern: /\d\.\d{1,2}(?!\d)/, what: 'a decimal point ("99.9")' },
    { pattern: /\d,\d{3},\d{3}/, what: 'comma grouping ("1,500,000")' },
    { pattern: /\d%/, what: 'a percent sign without a space ("99.9%")' },
    { pattern: /\$/, what: 'a dollar sign' },
  ],
  'fr-FR': [
    { pattern: /\d\.\d/, what: 'a decimal point ("99.9")' },
    { pattern: /\d,\d{3},\d{3}/, what: 'comma grouping ("1,500,000")' },
    { pattern: /\d%/, what: 'a percent sign without a space ("99.9%")' },
    { pattern: /\$/, what: 'a dollar sign' },
  ],
  'en-IN': [
    { pattern: /\d,\d{3},\d{3}/, what: 'Western grouping of a million ("1,500,000")' },
    { pattern: /\d{3},\d{3}(?!\d)/, what: 'Western grouping of a lakh ("150,000")' },
    { pattern: /\$/, what: 'a dollar sign' },
  ],
};

function expectNoEnUsFigures(text: string, locale: string): void {
  for (const { pattern, what } of EN_US_MARKS[locale] ?? []) {
    expect(text.match(pattern)?.[0], `${locale}: ${what} in\n${text}`).toBeUndefined();
  }
}

// Large amounts (lakhs and millions), fractional percentages and a seconds-long error budget: every format.
function createInputs(currency: string): CostInputs {
  return {
    ...cloneCostInputs(DEFAULT_COST_INPUTS),
    currency,
    minutes: 97.5,
    revenue: 2_500_000_000,
    revenuePeriod: 'year',
    affected: 37.5,
    slaTarget: 99.95,
    slaPriorMinutes: 12.5,
    incidentsPerYear: 4.5,
    fasterBy: 12.5,
  };
}

const CASES = [
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'en-IN', currency: 'INR' },
] as const;

describe('figures copied out of the app use one locale', () => {
  for (const { locale, currency } of CASES) {
    it(`the calculator's Markdown summary, in ${locale}`, () => {
      const inputs = createInputs(currency);
      const cost = calculateDowntimeCost(inputs);
      const markdown = renderCostSummaryMarkdown(inputs, cost, { locale, shareUrl: 'https://example.com/#/?revenue=2500000000' });
      // The link's own query is machine text, not a figure: it is the same in every locale on purpose.
      const prose = markdown.replace(/\(<https?:[^>]*>\)/g, '');
      expectNoEnUsFigures(prose, locale);
      expect(prose).toContain(formatMoney(cost.total, currency, locale, { maximumFractionDigits: 0 }));
      expect(prose).toContain(formatPercent(inputs.slaTarget, 5, locale));
      expect(prose).toContain(`${formatPercent(inputs.fasterBy, 1, locale)} would save`);
    });

    it(`a status update for executives with the cost so far, in ${locale}`, () => {
      const inputs = createInputs(currency);
      const now = T0 + 95 * MINUTE;
      const costSoFar = formatMoney(calculateCostSoFar(inputs, 105 * MINUTE).total, currency, locale, { maximumFractionDigits: 0 });
      const text = composeStatusUpdate({
        incident: createTestIncident(),
        status: 'identified',
        audience: 'executives',
        now,
        nextUpdateAt: now + 30 * MINUTE,
        locale,
        timeZone: 'Asia/Kolkata',
        costSoFar,
      });
      expectNoEnUsFigures(text, locale);
      expect(text).toContain(costSoFar);
    });

    it(`the postmortem's impact figures, in ${locale}`, () => {
      const doc = createExamplePostmortem(Date.UTC(2026, 10, 30, 12));
      doc.impact = { ...doc.impact, currency, usersAffectedPercent: 31.25, durationMinutes: 7.5, cost: { ...doc.impact.cost, revenue: 1_538_400.5 } };
      const markdown = renderPostmortemMarkdown(doc, { locale });
      // Only the Impact table: the example's prose is the authors' own English text ("about 4,200 payments").
      const table = markdown.split('\n').filter((line) => /^\| (Duration|Users affected|Lost|Revenue|Productivity|Response|SLA|Churn|Other|Total|Error budget)/.test(line));
      expect(table.length).toBeGreaterThanOrEqual(5);
      const figures = table.join('\n');
      expectNoEnUsFigures(figures, locale);
      expect(figures).toContain(formatMoney(1_538_400.5, currency, locale));
      expect(figures).toContain(formatPercent(31.25, 2, locale));
      expect(figures).toContain(locale === 'en-IN' ? '7.5 min' : '7,5 min');
    });
  }

  it('an en-US figure would be caught (the check itself works)', () => {
    expect(() => expectNoEnUsFigures('monthly uptime 99,8973 % — below 99.9%', 'de-DE')).toThrow();
    expect(() => expectNoEnUsFigures('₹1,500,000', 'en-IN')).toThrow();
  });
});
