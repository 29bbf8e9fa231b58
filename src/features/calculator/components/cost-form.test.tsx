// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCostFormValues } from '../domain/cost-form';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../domain/cost-inputs';
import { CostForm } from './cost-form';

afterEach(cleanup);

function renderForm(props: Partial<Parameters<typeof CostForm>[0]> = {}) {
  const onChange = vi.fn<(values: unknown, inputs: CostInputs | null) => void>();
  render(<CostForm defaultValues={toCostFormValues(DEFAULT_COST_INPUTS)} onChange={onChange} {...props} />);
  const lastInputs = () => onChange.mock.calls.at(-1)?.[1];
  return { onChange, lastInputs };
}

describe('CostForm', () => {
  it('reports new inputs as the user types, and null while a field is invalid', () => {
    const { lastInputs } = renderForm();
    fireEvent.change(screen.getByLabelText('Employees affected'), { target: { value: '120' } });
    expect(lastInputs()).toMatchObject({ employees: 120 });
    fireEvent.change(screen.getByLabelText('Responders'), { target: { value: 'abc' } });
    expect(lastInputs()).toBeNull();
    expect(screen.getByText(/Enter the number of responders as a number/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Revenue period'), { target: { value: 'year' } });
    fireEvent.change(screen.getByLabelText('Responders'), { target: { value: '3' } });
    expect(lastInputs()).toMatchObject({ employees: 120, responders: 3, revenuePeriod: 'year' });
  });

  it('adds and removes credit tiers, keeping the other tiers’ text', () => {
    const { lastInputs } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Remove tier 1' }));
    expect(lastInputs()?.slaTiers).toEqual([
      { below: 99, credit: 25 },
      { below: 95, credit: 100 },
    ]);
    act(() => screen.getByRole('button', { name: 'Add a tier' }).click());
    const belowInputs = screen.getAllByLabelText('Uptime below');
    fireEvent.change(belowInputs[2]!, { target: { value: '90' } });
    fireEvent.change(screen.getByLabelText('Credit for tier 3'), { target: { value: '50' } });
    expect(lastInputs()?.slaTiers).toEqual([
      { below: 99, credit: 25 },
      { below: 95, credit: 100 },
      { below: 90, credit: 50 },
    ]);
  });

  it('shows only the chosen groups and keeps locked values read-only (the embed)', () => {
    const { lastInputs } = renderForm({ sections: ['outage', 'revenue'], locked: new Set(['minutes', 'revenuePeriod']), compact: true });
    expect(screen.queryByLabelText('Employees affected')).toBeNull();
    expect(screen.getByLabelText('Revenue')).toBeTruthy();
    expect((screen.getByLabelText('Revenue period') as HTMLSelectElement).disabled).toBe(true);
    expect((document.querySelector('input[name="durationMinutes"]') as HTMLInputElement).readOnly).toBe(true);
    // A locked select still counts with its value: the result must not fall back to a default.
    fireEvent.change(screen.getByLabelText('Revenue'), { target: { value: '5000' } });
    expect(lastInputs()).toMatchObject({ revenue: 5000, revenuePeriod: DEFAULT_COST_INPUTS.revenuePeriod, minutes: DEFAULT_COST_INPUTS.minutes });
  });

  it('folds the groups it is told to behind closed disclosures that show their figure, and flags one with an error', () => {
    const { lastInputs } = renderForm({ compact: true, folded: { churn: '€12,000.00', other: '€0.00' } });
    const churn = screen.getByText('€12,000.00').closest('details')!;
    expect(churn.open).toBe(false);
    expect(churn.querySelector('summary')!.textContent).toContain('Churn');
    // Unfolded groups stay as they were; a folded group's fields still count and still take typing.
    expect(screen.getByLabelText('Employees affected').closest('details')).toBeNull();
    fireEvent.change(screen.getByLabelText('Other one-off costs'), { target: { value: '2500' } });
    expect(lastInputs()).toMatchObject({ otherCosts: 2500 });
    fireEvent.change(screen.getByLabelText('Customers lost'), { target: { value: 'many' } });
    expect(churn.querySelector('summary')!.textContent).toContain('Needs a correction');
    expect(screen.getByText('€0.00')).toBeTruthy();
  });

  it('opens a folded group when the error summary links to a field in it', () => {
    renderForm({ folded: { churn: '€12,000.00' } });
    fireEvent.change(screen.getByLabelText('Customers lost'), { target: { value: 'many' } });
    fireEvent.change(screen.getByLabelText('Responders'), { target: { value: 'abc' } });
    const churn = screen.getByLabelText('Customers lost').closest('details')!;
    churn.open = false;
    const link = screen.getAllByRole('link').find((a) => a.getAttribute('href') === `#${screen.getByLabelText('Customers lost').id}`)!;
    fireEvent.click(link);
    expect(churn.open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('Customers lost'));
  });
});
