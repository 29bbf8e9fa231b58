// Fuzz tests of every calculator input: the form's text fields, its saved draft, and the embed's attributes.
// (Share links and the iframe's query are fuzzed in url/share-params.test.ts and url/embed-params.test.ts.)
// Case counts: docs/RELIABILITY.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryText, isUserMessage } from '../../../testing/fuzz-arbitraries';
import { formatMoney } from '../../../lib/format';
import { EMBED_ATTRIBUTE_NAMES, MAX_EMBED_TITLE_LENGTH, parseEmbedAttributes } from '../url/embed-params';
import { calculateDowntimeCost, COST_COMPONENTS } from './calculate-downtime-cost';
import { NUMERIC_FIELDS, parseCostFormValues, restoreCostDraft, toCostFormValues, type CostFormValues } from './cost-form';
import { DEFAULT_COST_INPUTS, parseCostInputs } from './cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';

export const FUZZ_RUNS = {
  costForm: 2000,
  costDraft: 500,
  embedAttributes: 1000,
} as const;

/** What people type into a number field: numbers in many shapes, and anything else. */
const numberText = fc.oneof(
  arbitraryText(20),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('', ' ', '0', '-0', '1e308', '1e309', '-1', '100', '100.0000001', '1,000,000', '1.000.000,5', '٣', '½', '0x10', '∞'),
);

const anyFormValues: fc.Arbitrary<Partial<CostFormValues>> = fc.record(
  {
    ...Object.fromEntries(Object.keys(NUMERIC_FIELDS).map((field) => [field, numberText])),
    durationHours: numberText,
    durationMinutes: numberText,
    revenuePeriod: fc.constantFrom('hour', 'day', 'month', 'year', 'week', '') as fc.Arbitrary<CostFormValues['revenuePeriod']>,
    currency: fc.oneof(fc.constantFrom('USD', 'eur', 'JPY', 'BHD', 'XXX', 'usd ', ''), arbitraryText(5)),
    calendar: fc.constantFrom('gregorian', '30day', 'lunar') as fc.Arbitrary<CostFormValues['calendar']>,
    slaTiers: fc.array(fc.record({ below: numberText, credit: numberText }), { maxLength: 12 }),
  },
  { requiredKeys: [] },
);

/** Valid form text (from any valid inputs) with up to three fields typed over with anything. */
const mostlyValidFormValues: fc.Arbitrary<Partial<CostFormValues>> = fc
  .tuple(arbitraryCostInputs('any'), fc.array(fc.tuple(fc.constantFrom(...Object.keys(NUMERIC_FIELDS), 'durationHours', 'durationMinutes'), numberText), { maxLength: 3 }))
  .map(([inputs, typed]) => ({ ...toCostFormValues(inputs), ...Object.fromEntries(typed) }));

const formValues = fc.oneof(anyFormValues, mostlyValidFormValues);

/** The calculator's figures as shown: every amount formatted in the chosen currency. */
function shownFigures(inputs: Parameters<typeof calculateDowntimeCost>[0]): string[] {
  const cost = calculateDowntimeCost(inputs);
  const amounts = [cost.total, cost.perMinute, cost.perHour, ...COST_COMPONENTS.map((c) => cost.breakdown[c])];
  for (const amount of amounts) expect(Number.isFinite(amount)).toBe(true);
  return amounts.map((amount) => formatMoney(amount, inputs.currency, 'en-US'));
}

describe('calculator inputs (fuzz)', () => {
  it('the form: any text gives valid inputs with finite figures, or a message per field; never NaN or Infinity', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(formValues, (values) => {
        const { inputs, errors } = parseCostFormValues(values);
        const messages = Object.values(errors);
        for (const message of messages) expect(isUserMessage(message), message).toBe(true);
        if (inputs === null) {
          expect(messages.length).toBeGreaterThan(0);
          return;
        }
        expect(messages).toEqual([]);
        expect(parseCostInputs(inputs).ok).toBe(true);
        for (const shown of shownFigures(inputs)) expect(shown).not.toMatch(/NaN|Infinity|∞/);
      }),
      { numRuns: FUZZ_RUNS.costForm },
    );
  });

  it('the saved form draft: anything restores to a draft of the form’s shape or to nothing', () => {
    const valid = toCostFormValues(DEFAULT_COST_INPUTS);
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), formValues, fc.record({ ...Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, fc.oneof(fc.constant(v), fc.jsonValue())])) })),
        (saved) => {
          const draft = restoreCostDraft(saved);
          if (draft === null) return;
          for (const [key, value] of Object.entries(draft)) {
            if (key !== 'slaTiers') expect(typeof value, key).toBe('string');
          }
          // Whatever was restored, reading it never throws and never shows NaN.
          const { inputs } = parseCostFormValues(draft);
          if (inputs) for (const shown of shownFigures(inputs)) expect(shown).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: FUZZ_RUNS.costDraft },
    );
  });

  it('the embed’s attributes: any names and values give valid inputs, a plain short title and short notices', () => {
    const name = fc.oneof(fc.constantFrom(...EMBED_ATTRIBUTE_NAMES), fc.constantFrom('Heading', 'MINUTES', '__proto__', 'constructor', 'onload', 'style'), arbitraryText(12));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.oneof(numberText, arbitraryText(200))), { maxLength: 20 }), (attributes) => {
        const config = parseEmbedAttributes(attributes);
        expect(parseCostInputs(config.inputs).ok).toBe(true);
        // eslint-disable-next-line no-control-regex
        expect(config.title).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(Array.from(config.title).length).toBeLessThanOrEqual(MAX_EMBED_TITLE_LENGTH);
        for (const notice of config.notices) {
          expect(Array.from(notice.value).length).toBeLessThanOrEqual(60);
          expect(isUserMessage(notice.reason), notice.reason).toBe(true);
        }
        for (const shown of shownFigures(config.inputs)) expect(shown).not.toMatch(/NaN|Infinity/);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: FUZZ_RUNS.embedAttributes },
    );
  });
});
