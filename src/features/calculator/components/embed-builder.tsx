import { lazy, Suspense, useState } from 'react';

// The builder (and its preview, which loads the embed) stays out of the start-up bundle until asked for.
const EmbedBuilderBody = lazy(() => import('./embed-builder-body'));

/**
 * "Embed this calculator": options (title, theme, input groups, locked values), a live preview of the iframe
 * embed, and the snippets to copy, all built from the current inputs. Folded away until asked for, so the
 * preview loads nothing until then.
 */
export function EmbedBuilder() {
  // Once opened, the builder stays mounted so closing and reopening keeps the chosen options.
  const [opened, setOpened] = useState(false);
  return (
    <details className="panel embed-builder no-print" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>
        <h2 className="embed-builder__summary">Embed this calculator</h2>
      </summary>
      {opened ? (
        <Suspense fallback={<p className="muted">Loading the embed builder…</p>}>
          <EmbedBuilderBody />
        </Suspense>
      ) : null}
    </details>
  );
}

