// The calculator form's state: the text of every field, as typed. Validation lives in domain/cost-form.ts, so
// all the form needs is values, change handlers and the tier list. A few lines instead of a form library keep
// the embeds (which bundle their own React) inside their size budget.
import { useState, type ChangeEvent } from 'react';
import type { CostFormValues } from '../domain/cost-form';

type TierPart = 'below' | 'credit';

/** A field of the form: a top-level text or choice, or one half of a credit tier ("slaTiers.0.below"). */
export type CostFormFieldName = Exclude<keyof CostFormValues, 'slaTiers'> | `slaTiers.${number}.${TierPart}`;

/** What a control spreads onto itself: a controlled `name`/`value`/`onChange`. */
export interface RegisteredField {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

/** Connects a control to the form: `<input {...register('employees')} />`. */
export type CostFormRegister = (name: CostFormFieldName) => RegisteredField;

/** The editable list of credit tiers; `keys` are stable React keys, one per tier. */
export interface CostFormTiers {
  keys: readonly number[];
  append: () => void;
  remove: (index: number) => void;
}

export interface CostFormState {
  values: CostFormValues;
  register: CostFormRegister;
  tiers: CostFormTiers;
}

interface State {
  values: CostFormValues;
  tierKeys: number[];
  nextKey: number;
}

const TIER_PATH = /^slaTiers\.(\d+)\.(below|credit)$/;

function readField(values: CostFormValues, name: CostFormFieldName): string {
  const tier = TIER_PATH.exec(name);
  if (tier) return values.slaTiers[Number(tier[1])]?.[tier[2] as TierPart] ?? '';
  const value = values[name as Exclude<keyof CostFormValues, 'slaTiers'>];
  return typeof value === 'string' ? value : '';
}

function writeField(values: CostFormValues, name: CostFormFieldName, text: string): CostFormValues {
  const tier = TIER_PATH.exec(name);
  if (!tier) return { ...values, [name]: text };
  const index = Number(tier[1]);
  const part = tier[2] as TierPart;
  return { ...values, slaTiers: values.slaTiers.map((t, i) => (i === index ? { ...t, [part]: text } : t)) };
}

function initialState(defaultValues: CostFormValues): State {
  const tiers = Array.isArray(defaultValues.slaTiers) ? defaultValues.slaTiers : [];
  return { values: { ...defaultValues, slaTiers: tiers }, tierKeys: tiers.map((_, i) => i), nextKey: tiers.length };
}

/**
 * The form's values, starting from `defaultValues` (read once, like a form library's defaults: remount the
 * form with a new `key` to load other values).
 */
export function useCostFormState(defaultValues: CostFormValues): CostFormState {
  const [state, setState] = useState(() => initialState(defaultValues));
  const register: CostFormRegister = (name) => ({
    name,
    value: readField(state.values, name),
    onChange: (event) => {
      const text = event.target.value;
      setState((s) => ({ ...s, values: writeField(s.values, name, text) }));
    },
  });
  const tiers: CostFormTiers = {
    keys: state.tierKeys,
    append: () =>
      setState((s) => ({
        values: { ...s.values, slaTiers: [...s.values.slaTiers, { below: '', credit: '' }] },
        tierKeys: [...s.tierKeys, s.nextKey],
        nextKey: s.nextKey + 1,
      })),
    remove: (index) =>
      setState((s) => ({
        ...s,
        values: { ...s.values, slaTiers: s.values.slaTiers.filter((_, i) => i !== index) },
        tierKeys: s.tierKeys.filter((_, i) => i !== index),
      })),
  };
  return { values: state.values, register, tiers };
}
