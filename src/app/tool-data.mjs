// The tools, as plain data: the one list every layer reads. The app reads it through src/app/tools.ts (which
// adds each tool's code: its route module and store section, found by file name) and router.ts; the Node
// scripts (scripts/check-budgets.mjs, scripts/lighthouse.mjs), eslint.config.js and vite.config.ts import it
// as it is. It is JavaScript with a JSDoc `const` type, not JSON and not TypeScript: Node 20 cannot import
// TypeScript, and a JSON import types every id as `string`, where this keeps `'calculator' | 'incident' |
// 'postmortem'` for the router's RouteId (tsconfig: allowJs). See docs/ARCHITECTURE.md, "Adding a tool".
//
// Per tool:
// - id: its name everywhere: route id, its key in the saved state and in "Export all data", its route module
//   src/app/routes/<id>-route.tsx and, with a section, src/app/sections/<id>-section.ts.
// - path: its URL under the app's root ('' is the start page; a tool page is '<id>/', built as <id>/index.html).
// - label: its link in the header's nav; title: its page title ("<title> — Outage Kit").
// - feature: its folder under src/features/ (lint's import zones are drawn per feature).
// - prerender: 'start' for the start page (rendered with its default values and hydrated: its route module is
//   part of the start-up bundle), 'tool' for a tool page (a loading shell and a first view, its route loaded
//   lazily).
// - area: what its error boundary names when it crashes ("The incident timer stopped working").
// - loading: the line shown while its route chunk loads (null for the start page, which never loads).
// - section: its part of the app store when it has one (null: the calculator's state is core, always
//   loaded): the field holding its items and deletions (one storage key per item) and its noun.
// - firstViewReads: the saved sections its first view depends on (with none saved, the view is the default).
// - budgetKb: ceiling for its route with everything it imports beyond the start page, gzip KB
//   (scripts/check-budgets.mjs; the start page has its own budget there). Today's size plus a little, so it
//   can shrink but never quietly grow. Lower it as it shrinks.
export const TOOL_DATA = /** @type {const} */ ([
  {
    id: 'calculator',
    path: '',
    label: 'Calculator',
    title: 'Downtime cost calculator',
    feature: 'calculator',
    prerender: 'start',
    area: 'The calculator',
    loading: null,
    section: null,
    firstViewReads: [],
    budgetKb: null,
  },
  {
    id: 'incident',
    path: 'incident/',
    label: 'Incident',
    title: 'Incident checklist timer',
    feature: 'incident',
    prerender: 'tool',
    area: 'The incident timer',
    loading: 'Loading the incident timer…',
    section: { items: 'incidents', deleted: 'deletedIds', noun: ['incident', 'incidents'] },
    firstViewReads: ['incident'],
    // 2026-12-03: 45 → 47 KB for the incident's own cost inputs (snapshot editor, issue 15), +1.3 KB.
    // 2026-12-04: 50 KB (measured 49.2 KB after stars, incident numbers and the public component name).
    // 2026-12-05: 56 KB (measured 54.4 KB). Issues 18/19 added to what the route loads: the multi-scribe merge with
    // its logical clocks (+3.5 KB, in the incident section every route that reads incidents restores through), the
    // author field, drills (+1.0 KB), the "Hand over"/"Open a handover" controls and fragment taker (+0.7 KB) and
    // the share-out disclosure (+0.3 KB); the crypto, QR, exports and conflict notice stay in lazy chunks.
    budgetKb: 56,
  },
  {
    id: 'postmortem',
    path: 'postmortem/',
    label: 'Postmortem',
    title: 'Blameless postmortem',
    feature: 'postmortem',
    prerender: 'tool',
    area: 'The postmortem editor',
    loading: 'Loading the postmortem editor…',
    section: { items: 'docs', deleted: 'deletedIds', noun: ['postmortem', 'postmortems'] },
    firstViewReads: ['incident', 'postmortem'],
    // 2026-12-04: measured 63.7 KB.
    // 2026-12-05: 69 KB (measured 67.4 KB): the incident section it restores incidents with now carries the
    // multi-scribe merge (+3.5 KB), and the review card's status and due-date logic (+1.2 KB, the card itself lazy)
    // and the drill marks (+0.7 KB) are part of the editor.
    budgetKb: 69,
  },
  {
    id: 'reports',
    path: 'reports/',
    label: 'Reports',
    title: 'Reports: learning across incidents',
    feature: 'reports',
    prerender: 'tool',
    area: 'The reports',
    loading: 'Loading the reports…',
    // Nothing saved: it reads the incident and postmortem sections (imported archives live for the session only).
    section: null,
    firstViewReads: ['incident', 'postmortem'],
    // 2026-12-05: measured 50.4 KB (its own chunk 8.9 KB; the rest is the incident and postmortem domain it reads).
    budgetKb: 53,
  },
]);
