import { useEffect, useRef, useState } from 'react';
import type { CostFormValues } from '../domain/cost-form';
import type { CostInputs } from '../domain/cost-inputs';
import { applyCostPreset, COST_PRESETS, describePresetCurrency, findCostPreset, type CostPreset } from '../domain/presets';
import { useCalculatorStore } from '../store/calculator-store-context';

/** What "Undo" puts back, and the inputs the preset produced (undo is offered only while those are untouched). */
interface PresetUndo {
  preset: CostPreset;
  previous: { inputs: CostInputs; draft: CostFormValues | null };
  applied: CostInputs;
}

/**
 * "Start from a published figure": each example shows its source (publisher, year, what it measured, a link and a
 * caveat) before it is used, keeps the user's currency, and can be undone until the user edits again.
 */
export function PresetPicker() {
  const inputs = useCalculatorStore((s) => s.calculator.inputs);
  const draft = useCalculatorStore((s) => s.calculator.draft);
  const replaceCostInputs = useCalculatorStore((s) => s.replaceCostInputs);
  const restoreCostState = useCalculatorStore((s) => s.restoreCostState);
  const [presetId, setPresetId] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  // The page is prerendered: a choice made before hydration stays in the <select> but not in state, which left
  // "Use example" disabled beside a chosen example. Pick it up once hydrated.
  useEffect(() => {
    const chosen = selectRef.current?.value ?? '';
    if (chosen !== '') setPresetId(chosen);
  }, []);
  const [undo, setUndo] = useState<PresetUndo | null>(null);
  const preset = findCostPreset(presetId);
  // Once the user edits after applying, "undo" would throw away that edit too: stop offering it.
  const canUndo = undo !== null && undo.applied === inputs && draft === null;

  const applyPreset = () => {
    if (!preset) return;
    const applied = applyCostPreset(inputs, preset);
    // Trying one example after another, untouched in between: undo still goes back to the user's own values.
    setUndo({ preset, previous: canUndo ? undo.previous : { inputs, draft }, applied });
    replaceCostInputs(applied);
  };

  return (
    <div className="toolbar__preset no-print">
      <label htmlFor="cost-preset" className="field__label">
        Start from a published figure
      </label>
      <div className="toolbar__preset-row">
        <select
          id="cost-preset"
          ref={selectRef}
          className="select"
          value={presetId}
          aria-describedby="cost-preset-source"
          onChange={(e) => setPresetId(e.target.value)}
        >
          <option value="">Choose an example…</option>
          {COST_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!preset} onClick={applyPreset}>
          Use example
        </button>
      </div>
      <div id="cost-preset-source">
        {preset ? (
          <PresetSourceCard preset={preset} currency={inputs.currency} />
        ) : (
          <p className="field__hint">
            Each example reproduces a published downtime-cost figure and shows its source. Your outage length and currency
            stay, and you can undo.
          </p>
        )}
      </div>
      {canUndo ? (
        <div className="notice preset-undo" role="status">
          <p>
            Used “{undo.preset.name}”. {describePresetCurrency(undo.preset, inputs.currency) ?? ''}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                restoreCostState(undo.previous);
                setUndo(null);
              }}
            >
              Undo and restore my values
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setUndo(null)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function PresetSourceCard({ preset, currency }: { preset: CostPreset; currency: string }) {
  const { source } = preset;
  const currencyNote = describePresetCurrency(preset, currency);
  return (
    <div className="preset-source">
      <p className="preset-source__cite">
        {source.dated ? <span className="preset-source__dated">Dated</span> : null}
        Source:{' '}
        <a href={source.url} target="_blank" rel="noopener">
          {source.publisher}, “{source.title}” ({source.year})
        </a>
      </p>
      <p>
        <span className="preset-source__term">Measured:</span> {source.measured}
      </p>
      <p>
        <span className="preset-source__term">Caveat:</span> {source.caveat}
      </p>
      <p className="field__hint">
        {preset.description}
        {currencyNote ? ` ${currencyNote}` : ''}
      </p>
    </div>
  );
}
