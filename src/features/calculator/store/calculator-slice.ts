// The calculator's state: the last valid inputs (what every result and the incident's cost ticker use)
// and the form text as typed (so a reload never loses half-typed input). The app persists it; the embed
// builds its own unpersisted store from it.
import type { StateCreator } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CostFormValues } from '../domain/cost-form';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../domain/cost-inputs';

export interface CalculatorState {
  inputs: CostInputs;
  /** The form text when it differs from `inputs` (an invalid or half-typed value); null when in sync. */
  draft: CostFormValues | null;
  /** Bumped when the inputs change from outside the form (preset, share link, reset, another tab). Not saved. */
  revision: number;
}

export interface CalculatorSlice {
  calculator: CalculatorState;
  /** From the form: keep the text, and the inputs when the text is valid. */
  setCostDraft: (draft: CostFormValues, inputs: CostInputs | null) => void;
  /** From outside the form: replace the inputs and reload the form. */
  replaceCostInputs: (inputs: CostInputs) => void;
  resetCostInputs: () => void;
  /** Undo: puts back inputs and form text exactly as they were (a half-typed value included) and reloads the form. */
  restoreCostState: (state: Pick<CalculatorState, 'inputs' | 'draft'>) => void;
}

export const createCalculatorSlice: StateCreator<CalculatorSlice, [], [], CalculatorSlice> = (set, get) => ({
  calculator: { inputs: DEFAULT_COST_INPUTS, draft: null, revision: 0 },
  setCostDraft: (draft, inputs) => {
    const current = get().calculator;
    const next = { inputs: inputs ?? current.inputs, draft: inputs ? null : draft };
    // The form reports its values when it mounts: unchanged values change nothing (and save nothing).
    if (JSON.stringify(next) === JSON.stringify({ inputs: current.inputs, draft: current.draft })) return;
    set((s) => ({ calculator: { ...s.calculator, ...next } }));
  },
  replaceCostInputs: (inputs) =>
    set((s) => ({ calculator: { inputs, draft: null, revision: s.calculator.revision + 1 } })),
  resetCostInputs: () =>
    set((s) => ({ calculator: { inputs: DEFAULT_COST_INPUTS, draft: null, revision: s.calculator.revision + 1 } })),
  restoreCostState: ({ inputs, draft }) =>
    set((s) => ({ calculator: { inputs, draft, revision: s.calculator.revision + 1 } })),
});

/** A standalone, unpersisted calculator store (the embed, tests), optionally starting from given inputs. */
export function createCalculatorStore(inputs: CostInputs = DEFAULT_COST_INPUTS): StoreApi<CalculatorSlice> {
  return createStore<CalculatorSlice>()((...args) => ({
    ...createCalculatorSlice(...args),
    calculator: { inputs, draft: null, revision: 0 },
  }));
}
