// The share-out menus (timeline and status update exports) load with their renderers in a chunk of their own, the
// first time a disclosure is opened or pointed at: the incident route's first load stays within its budget
// (docs/PERFORMANCE.md).
import { useState } from 'react';
import { lazyPart } from '../../../components/ui/lazy-part';
import type { ShareOutMenuProps } from './share-out-menu';

const LazyShareOutMenu = lazyPart<ShareOutMenuProps>(
  () => import('./share-out-menu').then((m) => m.ShareOutMenu),
  () => (
    <p className="lazy-placeholder" aria-busy="true">
      Loading the formats…
    </p>
  ),
);

const preload = () => void LazyShareOutMenu.preload();

/**
 * A disclosure whose menu loads when first opened: "Export timeline" (Markdown, Slack text, plain text, CSV, JSON)
 * or, under the status update, "More formats" (the update as Markdown or Slack text, the posted updates as files).
 */
export function ShareOut({ summary, ...menu }: ShareOutMenuProps & { summary: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="share-out-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onPointerEnter={preload} onFocus={preload}>
        {summary}
      </summary>
      {open ? <LazyShareOutMenu {...(menu as ShareOutMenuProps)} /> : null}
    </details>
  );
}
