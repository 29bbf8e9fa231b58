// Test support for the incident's share-out exports: an incident whose timeline holds hostile text in every field.
import { addTimelineEntry, deleteTimelineEntry, setTimelineEntryStarred } from '../features/incident/domain/timeline';
import type { Incident, TimelineKind } from '../features/incident/domain/incident-types';
import { HOSTILE_STRINGS } from './postmortem-fixture';
import { createTestIncident, MINUTE, T0 } from './incident-fixture';

/** Text that breaks Markdown, CSV, Slack or a spreadsheet when not escaped. */
export const SHARE_OUT_STRINGS = [
  ...HOSTILE_STRINGS,
  '*star* _under_ `tick` | pipe',
  'He said "stop", then, "go"',
  'comma, separated, "quoted"',
  '=HYPERLINK("https://evil.example","click")',
  '+1 for rollback',
  '-2 nodes',
  '@channel @here @everyone look',
  '<!channel> <@U123> <https://evil.example|click>',
  'مرحبا بالعالم — RTL text',
  'Emoji 🔥🚒 and ZWJ 👩‍💻',
  'Zażółć gęślą jaźń — Привет — Ωμέγα',
  'first line\n\nafter a blank line',
  '\ttab start',
  "'=already quoted",
] as const;

const KINDS: readonly TimelineKind[] = ['action', 'observation', 'decision', 'communication'];

/** The fixture incident with one manual entry per hostile string (authors and links hostile too), one deleted, some starred. */
export function createShareOutIncident(): Incident {
  let incident = createTestIncident({ number: 'INC-2025-007' });
  SHARE_OUT_STRINGS.forEach((text, i) => {
    incident = addTimelineEntry(
      incident,
      {
        id: `share-${String(i).padStart(2, '0')}`,
        at: T0 + (i + 1) * MINUTE + i * 1000,
        text,
        kind: KINDS[i % KINDS.length] ?? 'action',
        source: 'manual',
        ...(i % 3 === 0 ? { author: SHARE_OUT_STRINGS[(i + 5) % SHARE_OUT_STRINGS.length] ?? '' } : {}),
        ...(i % 4 === 0 ? { link: 'https://example.com/a_(b)|c?x=<y>&z=1' } : i % 4 === 1 ? { link: 'javascript:alert(1)' } : {}),
      },
      T0,
    );
  });
  incident = setTimelineEntryStarred(incident, 'share-02', true, T0);
  incident = setTimelineEntryStarred(incident, 'share-07', true, T0);
  incident = addTimelineEntry(incident, { id: 'share-gone', at: T0 + 90 * MINUTE, text: 'deleted entry', kind: 'action', source: 'manual' }, T0);
  return deleteTimelineEntry(incident, 'share-gone', T0 + MINUTE);
}
