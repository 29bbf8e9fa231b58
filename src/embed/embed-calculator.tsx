import { useEffect, useId, useMemo } from 'react';
import { CostForm } from '../features/calculator/components/cost-form';
import { CostSummary } from '../features/calculator/components/cost-summary';
import { calculateDowntimeCost } from '../features/calculator/domain/calculate-downtime-cost';
import { toCostFormValues, type CostFormValues, type CostSection } from '../features/calculator/domain/cost-form';
import type { CostInputs } from '../features/calculator/domain/cost-inputs';
import { buildCostMessage, type EmbedCostMessage } from '../features/calculator/domain/embed-messages';
import { useCalculatorStore } from '../features/calculator/store/calculator-store-context';
import { DEFAULT_EMBED_TITLE } from '../features/calculator/url/embed-params';
import { buildShareUrl, type ParamNotice } from '../features/calculator/url/share-params';

export interface EmbedCalculatorProps {
  /** Visible heading; '' shows none (the landmark keeps the default name). */
  title: string;
  sections: readonly CostSection[];
  locked: ReadonlySet<keyof CostInputs>;
  /** Settings that were ignored, shown as a small notice. Untrusted text: rendered as text only. */
  notices: readonly ParamNotice[];
  /** The full app's URL; the footer links to it with the current values. */
  appUrl: string;
  /** Called with the result once and whenever it changes. */
  onCost: (message: EmbedCostMessage) => void;
  /**
   * `page` in the iframe: the document is ours, so the calculator is its `main` and its title an h1 (visually
   * hidden when empty). `part` in a host page, which has its own main and h1: a labelled section with an h2.
   */
  context: 'page' | 'part';
}

/**
 * The embedded calculator: the result and the chosen input groups, from the unpersisted store in context.
 * It never touches storage; the host gets its figures through `onCost`.
 */
export function EmbedCalculator({ title, sections, locked, notices, appUrl, onCost, context }: EmbedCalculatorProps) {
  const headingId = useId();
  const inputs = useCalculatorStore((s) => s.calculator.inputs);
  const draft = useCalculatorStore((s) => s.calculator.draft);
  const revision = useCalculatorStore((s) => s.calculator.revision);
  const setCostDraft = useCalculatorStore((s) => s.setCostDraft);
  const cost = useMemo(() => calculateDowntimeCost(inputs), [inputs]);
  // The form's text is its own after mount; a new revision (attributes changed) remounts it with new values.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const formValues = useMemo<CostFormValues>(() => draft ?? toCostFormValues(inputs), [revision]);

  useEffect(() => {
    onCost(buildCostMessage(cost, inputs.currency));
  }, [cost, inputs.currency, onCost]);

  const Landmark = context === 'page' ? 'main' : 'section';
  const Heading = context === 'page' ? 'h1' : 'h2';
  const showHeading = title !== '' || context === 'page';
  const labelProps = showHeading ? { 'aria-labelledby': headingId } : { 'aria-label': DEFAULT_EMBED_TITLE };
  return (
    <Landmark className="ok-embed" {...labelProps}>
      {showHeading ? (
        <Heading className={title ? 'ok-embed__title' : 'visually-hidden'} id={headingId}>
          {title || DEFAULT_EMBED_TITLE}
        </Heading>
      ) : null}
      {notices.length > 0 ? (
        <div className="notice ok-embed__notice" role="status">
          <p>Some settings were ignored or repeated; ignored ones keep their defaults:</p>
          <ul>
            {notices.map((n, i) => (
              <li key={`${n.name}-${i}`}>
                {n.name ? <code>{n.name}</code> : null}
                {n.name ? ': ' : ''}
                {n.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={`ok-embed__grid${sections.length === 0 ? ' ok-embed__grid--result-only' : ''}`}>
        <div className="ok-embed__summary">
          <CostSummary inputs={inputs} cost={cost} stale={draft !== null} compact />
        </div>
        {sections.length > 0 ? (
          <div className="ok-embed__form">
            <CostForm key={revision} defaultValues={formValues} onChange={setCostDraft} sections={sections} locked={locked} compact />
          </div>
        ) : null}
      </div>
      <p className="ok-embed__footer">
        Calculated in your browser; nothing you type is sent anywhere.{' '}
        <a href={buildShareUrl(appUrl, inputs)} target="_blank" rel="noopener noreferrer">
          Open in Outage Kit<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </Landmark>
  );
}
