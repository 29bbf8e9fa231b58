// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordPreHydrationInput, replayPreHydrationInput } from '../boot/pre-hydration-input';
import { FormMountedContext } from '../components/ui/form-mounted';
import { toCostFormValues } from '../features/calculator/domain/cost-form';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../features/calculator/domain/cost-inputs';
import { CostForm } from '../features/calculator/components/cost-form';

// The start page is prerendered: someone on a slow connection can type into it before the scripts run.
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

function prerendered(onChange: (values: unknown, inputs: CostInputs | null) => void) {
  // As the app mounts it: the app's FormMountedContext replays the input (src/boot/).
  const form = (
    <FormMountedContext value={replayPreHydrationInput}>
      <CostForm defaultValues={toCostFormValues(DEFAULT_COST_INPUTS)} onChange={onChange} />
    </FormMountedContext>
  );
  const container = document.createElement('div');
  container.append(...new DOMParser().parseFromString(renderToString(form), 'text/html').body.childNodes);
  document.body.append(container);
  const field = (label: string) => {
    const id = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))?.htmlFor ?? '';
    return container.querySelector<HTMLInputElement & HTMLSelectElement>(`#${CSS.escape(id)}`) as HTMLInputElement & HTMLSelectElement;
  };
  const hydrate = () => act(() => void (root = hydrateRoot(container, form)));
  return { container, field, hydrate };
}

describe('CostForm on the prerendered start page', () => {
  it('keeps what was typed before hydration, in the fields and in the results', () => {
    const onChange = vi.fn<(values: unknown, inputs: CostInputs | null) => void>();
    const { container, field, hydrate } = prerendered(onChange);
    field('Employees affected').value = '120';
    field('Revenue period').value = 'year';
    recordPreHydrationInput(container);
    // Typed after the scripts started, before the form was live: noted by the listener.
    field('Responders').value = '7';
    field('Responders').dispatchEvent(new Event('input', { bubbles: true }));
    hydrate();
    expect(field('Employees affected').value).toBe('120');
    expect(field('Responders').value).toBe('7');
    expect(field('Revenue period').value).toBe('year');
    expect(onChange.mock.calls.at(-1)?.[1]).toMatchObject({ employees: 120, responders: 7, revenuePeriod: 'year' });
  });
});
