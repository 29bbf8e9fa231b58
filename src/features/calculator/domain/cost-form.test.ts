import { describe, expect, it } from 'vitest';
import { parseCostFieldText } from './cost-form';

// Another editor of the same inputs (the incident's own copy) reads a number exactly as the calculator does.
describe('parseCostFieldText', () => {
  it('reads the locale own format, and says how an ambiguous text was read', () => {
    expect(parseCostFieldText('revenue', '1.500', 'de-DE')).toEqual({ value: 1500, reading: 'Read as 1500, not 1,5' });
    expect(parseCostFieldText('revenue', '1.500.000,50', 'de-DE')).toEqual({ value: 1_500_000.5 });
    expect(parseCostFieldText('revenue', '15,00,000', 'en-IN')).toEqual({ value: 1_500_000 });
    expect(parseCostFieldText('revenue', '1\u202f500\u202f000', 'fr-FR')).toEqual({ value: 1_500_000 });
    expect(parseCostFieldText('revenue', '1.500', 'en-US')).toEqual({ value: 1.5, reading: 'Read as 1.5, not 1500' });
  });

  it("keeps the calculator's limits and messages, in the locale", () => {
    expect(parseCostFieldText('affected', '150', 'de-DE').error).toBe('Share of users affected must be between 0 and 100');
    expect(parseCostFieldText('responders', '2,5', 'de-DE').error).toBe('Enter the number of responders as a whole number');
    expect(parseCostFieldText('revenue', '', 'de-DE').error).toBe('Enter your revenue');
    expect(parseCostFieldText('revenue', '12 EUR', 'de-DE').error).toMatch(/^Enter your revenue as a number, like 10/);
  });
});
