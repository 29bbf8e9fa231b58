import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { Tabs } from '../../../components/ui/tabs';
import { EMBED_TARGET_KEY } from '../../../lib/storage-keys';
import { readPreference, writePreference } from '../../../lib/stored-preference';
import { COST_SECTIONS, NUMERIC_FIELDS, type CostSection, type NumericCostField } from '../domain/cost-form';
import type { CostInputs } from '../domain/cost-inputs';
import { isResizeMessage } from '../domain/embed-messages';
import { useCalculatorStore } from '../store/calculator-store-context';
import { EMBED_THEMES, type EmbedTheme } from '../url/embed-params';
import { buildEmbedUrl, DEFAULT_EMBED_OPTIONS, type EmbedOptions } from '../url/embed-snippets';
import {
  EMBED_TARGET_INTROS,
  EMBED_TARGET_LABELS,
  EMBED_TARGETS,
  isEmbedTarget,
  listEmbedTargetSnippets,
  type EmbedTarget,
} from '../url/embed-targets';
import './embed-builder.css';

const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: "Reader's system setting",
  light: 'Light',
  dark: 'Dark',
};

/** Tallest the preview frame gets (CSS pixels). */
const PREVIEW_MAX_HEIGHT = 720;

/** The inputs of each group that are not plain numbers, with the labels the form gives them. */
const OTHER_FIELDS: { name: keyof CostInputs; section: CostSection; label: string }[] = [
  { name: 'minutes', section: 'outage', label: 'Outage duration' },
  { name: 'revenuePeriod', section: 'revenue', label: 'Revenue period' },
  { name: 'slaTiers', section: 'sla', label: 'Credit tiers' },
  { name: 'currency', section: 'settings', label: 'Currency' },
  { name: 'calendar', section: 'settings', label: 'Calendar' },
];

/** Every input a reader could be kept from changing, by group, in the form's order. */
function listLockableFields(section: CostSection): { name: keyof CostInputs; label: string }[] {
  const numeric = (Object.keys(NUMERIC_FIELDS) as NumericCostField[])
    .filter((field) => NUMERIC_FIELDS[field].section === section)
    .map((field) => ({ name: field as keyof CostInputs, label: NUMERIC_FIELDS[field].label }));
  const other = OTHER_FIELDS.filter((f) => f.section === section);
  return section === 'outage' ? [...other, ...numeric] : [...numeric, ...other];
}

/** A value that follows `value` once it has stopped changing for `delay` ms (the preview reloads on change). */
function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The builder itself, loaded when the panel is first opened. */
export default function EmbedBuilderBody() {
  const id = useId();
  const inputs = useCalculatorStore((s) => s.calculator.inputs);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);
  // The target a docs writer last chose: they usually embed into the same kind of site every time.
  const [target, setTarget] = useState<EmbedTarget>(() => {
    const stored = readPreference(EMBED_TARGET_KEY);
    return isEmbedTarget(stored) ? stored : 'html';
  });
  const chooseTarget = (next: EmbedTarget) => {
    setTarget(next);
    writePreference(EMBED_TARGET_KEY, next);
  };
  const frame = useRef<HTMLIFrameElement>(null);

  const here = window.location.href;
  const embedPageUrl = new URL('embed.html', here).href;
  const scriptUrl = new URL('embed.js', here).href;
  const origin = window.location.origin;
  const embedUrl = buildEmbedUrl(embedPageUrl, inputs, options);
  const previewUrl = useSettledValue(embedUrl, 400);
  const snippets = useMemo(
    () => listEmbedTargetSnippets(target, { embedPageUrl, scriptUrl, origin, inputs, options, height: previewHeight ?? undefined }),
    [target, embedPageUrl, scriptUrl, origin, inputs, options, previewHeight],
  );

  useEffect(() => {
    // Only the preview frame, from this origin, may size it.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      if (isResizeMessage(event.data)) setPreviewHeight(event.data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const update = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const toggleSection = (section: CostSection, on: boolean) =>
    update({
      sections: COST_SECTIONS.map((s) => s.id).filter((s) => (s === section ? on : options.sections.includes(s))),
      // A hidden group's values cannot be edited anyway: drop their locks so the snippet stays short.
      locked: on ? options.locked : options.locked.filter((name) => !listLockableFields(section).some((f) => f.name === name)),
    });
  const toggleLock = (name: keyof CostInputs, on: boolean) =>
    update({ locked: on ? [...options.locked, name] : options.locked.filter((n) => n !== name) });
  const shownSections = COST_SECTIONS.filter((s) => options.sections.includes(s.id));

  return (
    <div className="embed-builder__body">
      <p className="muted">
        Put this calculator, with your current values, in your documentation: choose its options, then pick the kind
        of site below for code that pastes cleanly there. It runs in the reader&rsquo;s browser: no account, no
        tracking, nothing sent anywhere.
      </p>

      <div className="embed-builder__layout">
        <form className="embed-builder__options" aria-label="Embed options" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-title`}>
              Title
            </label>
            <p className="field__hint" id={`${id}-title-hint`}>
              Shown above the calculator. Leave empty for none.
            </p>
            <input
              id={`${id}-title`}
              className="input"
              type="text"
              maxLength={120}
              autoComplete="off"
              aria-describedby={`${id}-title-hint`}
              value={options.title}
              onChange={(e) => update({ title: e.target.value })}
            />
          </div>

          <div className="field">
            <label className="field__label" htmlFor={`${id}-theme`}>
              Theme
            </label>
            <select
              id={`${id}-theme`}
              className="select"
              value={options.theme}
              onChange={(e) => update({ theme: e.target.value as EmbedTheme })}
            >
              {EMBED_THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_LABELS[theme]}
                </option>
              ))}
            </select>
          </div>

          <fieldset className="embed-builder__choices">
            <legend className="field__label">Input groups readers see</legend>
            <p className="field__hint">Untick them all to show the result only.</p>
            {COST_SECTIONS.map((section) => (
              <label key={section.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={options.sections.includes(section.id)}
                  onChange={(e) => toggleSection(section.id, e.target.checked)}
                />
                <span>{section.title}</span>
              </label>
            ))}
          </fieldset>

          {shownSections.length > 0 ? (
            <details className="embed-builder__locks">
              <summary>
                Lock values{options.locked.length > 0 ? ` (${options.locked.length} locked)` : ''}
              </summary>
              <p className="field__hint">Readers see a locked value but cannot change it.</p>
              {shownSections.map((section) => (
                <fieldset key={section.id} className="embed-builder__choices">
                  <legend className="field__label">{section.title}</legend>
                  {listLockableFields(section.id).map((field) => (
                    <label key={field.name} className="checkbox">
                      <input
                        type="checkbox"
                        checked={options.locked.includes(field.name)}
                        onChange={(e) => toggleLock(field.name, e.target.checked)}
                      />
                      <span>{field.label}</span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </details>
          ) : null}
        </form>

        <div className="embed-builder__preview">
          <h3>Preview</h3>
          <p className="field__hint">
            As readers see it at this width; scroll inside it to see the rest. Changes to your values above show here
            too.
          </p>
          <iframe
            ref={frame}
            className="embed-builder__frame"
            src={previewUrl}
            title="Preview of the embedded calculator"
            // The embed's own height, up to a screenful: past that the frame scrolls, so the snippets stay in reach.
            style={{ height: Math.min(previewHeight ?? PREVIEW_MAX_HEIGHT, PREVIEW_MAX_HEIGHT) }}
          />
        </div>
      </div>

      <h3 className="embed-builder__code-title">Code to paste</h3>
      <Tabs
        label="Where the calculator goes"
        idPrefix={`${id}-target`}
        tabs={EMBED_TARGETS.map((t) => ({ id: t, label: EMBED_TARGET_LABELS[t] }))}
        selected={target}
        onSelect={chooseTarget}
      >
        <p className="embed-builder__target-intro">{EMBED_TARGET_INTROS[target]}</p>
        <div className="embed-builder__snippets">
          {snippets.map((snippet) => (
            <Snippet
              key={`${target}-${snippet.key}`}
              id={`${id}-${target}-${snippet.key}`}
              title={snippet.title}
              hint={snippet.where}
              code={snippet.code}
              copyLabel={snippet.copy}
            />
          ))}
        </div>
      </Tabs>
    </div>
  );
}

function Snippet({ id, title, hint, code, copyLabel }: { id: string; title: string; hint: string; code: string; copyLabel: string }) {
  const rows = Math.min(14, code.split('\n').length + 1);
  return (
    <div className="embed-snippet">
      <label className="field__label" htmlFor={id}>
        {title}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        className="textarea embed-snippet__code"
        readOnly
        rows={rows}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="button-row">
        <CopyButton text={code} label={copyLabel} className="button button--small" />
      </div>
    </div>
  );
}
