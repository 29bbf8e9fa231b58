// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toCostFormValues } from '../domain/cost-form';
import { DEFAULT_COST_INPUTS } from '../domain/cost-inputs';
import { createCalculatorStore } from '../store/calculator-slice';
import { CalculatorStoreContext } from '../store/calculator-store-context';
import { PresetPicker } from './preset-picker';

afterEach(cleanup);

function renderPicker(inputs = { ...DEFAULT_COST_INPUTS, currency: 'EUR', minutes: 95, revenue: 123_456 }) {
  const store = createCalculatorStore(inputs);
  render(
    <CalculatorStoreContext.Provider value={store}>
      <PresetPicker />
    </CalculatorStoreContext.Provider>,
  );
  const choose = (name: RegExp) => {
    const option = screen.getAllByRole('option').find((o) => name.test(o.textContent ?? '')) as HTMLOptionElement;
    fireEvent.change(screen.getByLabelText('Start from a published figure'), { target: { value: option.value } });
  };
  return { store, choose };
}

describe('PresetPicker', () => {
  it('shows the source, year, what it measured, a link opened by the user, and a caveat before anything is applied', () => {
    const { store, choose } = renderPicker();
    choose(/ITIC/);
    const link = screen.getByRole('link', { name: /ITIC, “2024 Hourly Cost of Downtime Survey” \(2024\)/ });
    expect(link.getAttribute('href')).toBe('https://itic-corp.com/itic-2024-hourly-cost-of-downtime-report');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(screen.getByText(/over 90 % of mid-size and large enterprises/)).toBeTruthy();
    expect(screen.getByText(/A floor most firms exceed/)).toBeTruthy();
    expect(screen.getByText(/USD figures, entered as EUR without conversion/)).toBeTruthy();
    expect(store.getState().calculator.inputs.revenue).toBe(123_456);
  });

  it('labels the Gartner 2014 figure as dated', () => {
    const { choose } = renderPicker();
    choose(/Gartner/);
    expect(screen.getByText('Dated')).toBeTruthy();
    expect(screen.getByRole('link', { name: /\(2014\)/ })).toBeTruthy();
  });

  it('keeps the user’s currency and outage length when an example is used', () => {
    const { store, choose } = renderPicker();
    choose(/Splunk/);
    fireEvent.click(screen.getByRole('button', { name: 'Use example' }));
    expect(store.getState().calculator.inputs).toMatchObject({ currency: 'EUR', minutes: 95, revenue: 479_000 });
    expect(screen.getByRole('status').textContent).toMatch(/Used “Global 2000 company \(Splunk 2024\)”\. Amounts are the source’s USD figures/);
  });

  it('undoes to exactly the previous inputs and half-typed form text', () => {
    const { store, choose } = renderPicker();
    const draft = { ...toCostFormValues(store.getState().calculator.inputs), responders: 'abc' };
    store.getState().setCostDraft(draft, null);
    const before = structuredClone(store.getState().calculator);
    choose(/Uptime/);
    fireEvent.click(screen.getByRole('button', { name: 'Use example' }));
    expect(store.getState().calculator.inputs.otherCosts).toBe(100_000);
    expect(store.getState().calculator.draft).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo and restore my values' }));
    expect(store.getState().calculator.inputs).toEqual(before.inputs);
    expect(store.getState().calculator.draft).toEqual(before.draft);
    expect(store.getState().calculator.revision).toBeGreaterThan(before.revision);
    expect(screen.queryByRole('button', { name: 'Undo and restore my values' })).toBeNull();
  });

  it('undoes to the user’s own values after trying several examples in a row', () => {
    const { store, choose } = renderPicker();
    const before = structuredClone(store.getState().calculator.inputs);
    choose(/ITIC/);
    fireEvent.click(screen.getByRole('button', { name: 'Use example' }));
    choose(/Gartner/);
    fireEvent.click(screen.getByRole('button', { name: 'Use example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo and restore my values' }));
    expect(store.getState().calculator.inputs).toEqual(before);
  });

  it('stops offering undo once the user changes a value, so undo never discards a later edit', () => {
    const { store, choose } = renderPicker();
    choose(/ITIC/);
    fireEvent.click(screen.getByRole('button', { name: 'Use example' }));
    expect(screen.getByRole('button', { name: 'Undo and restore my values' })).toBeTruthy();
    const edited = { ...store.getState().calculator.inputs, employees: 7 };
    act(() => store.getState().setCostDraft(toCostFormValues(edited), edited));
    expect(screen.queryByRole('button', { name: 'Undo and restore my values' })).toBeNull();
  });
});
