// Test support: fixed documents for golden files and fast-check generators of valid postmortems.
import fc from 'fast-check';
import { createExamplePostmortem } from '../features/postmortem/domain/example-postmortem';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  POSTMORTEM_STATUSES,
  SECTION_KINDS,
  type PostmortemDoc,
  type PostmortemTimelineRow,
} from '../features/postmortem/domain/postmortem-types';
import { createPostmortem } from '../features/postmortem/domain/templates';

/** 2026-11-30 12:00 UTC: "now" for every fixed document. */
export const FIXED_NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

/** Strings that must stay inert text in every export. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<script>alert("xss")</script>',
  '![img](https://evil.example/x.png)',
  'a | b || c \\| d',
  'line one\nline two\r\nline three',
  '`code` and ``more`` and ```fence```',
  '# not a heading',
  '- not a list',
  '1. not a list either',
  '> not a quote',
  '**bold** _em_ ~~strike~~ $x^2$',
  '&lt;b&gt; &amp; &#60;',
  '<https://autolink.example>',
  '[ref]: https://evil.example',
  '    indented code?',
  '---',
  'trailing backslash \\',
  '| --- | --- |',
] as const;

/** A document with hostile text in every field, a hidden and a custom section, and unsafe links. */
export function createHostilePostmortem(): PostmortemDoc {
  const base = createPostmortem({ template: 'pagerduty', now: FIXED_NOW, timeZone: 'America/New_York', id: 'hostile-1', currency: 'EUR' });
  const h = (i: number): string => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length] ?? '';
  const timeline: PostmortemTimelineRow[] = HOSTILE_STRINGS.map((text, i) => {
    const row: PostmortemTimelineRow = { id: `row-${i + 1}`, at: Date.UTC(2026, 10, 27, 18, i * 3, i % 2 === 0 ? 0 : 30), text };
    if (i % 3 === 0) row.link = i % 2 === 0 ? 'javascript:alert(1)' : 'https://example.com/a_(b)|c?x=<y>';
    return row;
  });
  return {
    ...base,
    title: `Title ${h(0)} | ${h(5)}`,
    incidentId: h(1),
    authors: [h(2), 'Zażółć gęślą jaźń — Привет — Ωμέγα'],
    severity: 'SEV2',
    status: 'reviewed',
    services: [h(4), h(6)],
    startedAt: Date.UTC(2026, 10, 27, 18, 0),
    endedAt: Date.UTC(2026, 10, 27, 19, 30),
    responders: ['Zofia Wiśniewska', h(3)],
    impact: {
      durationMinutes: 90,
      usersAffectedPercent: 12.5,
      currency: 'EUR',
      cost: { revenue: 1234.5, productivity: 0, response: 99.99, sla: 5000, churn: 0, other: 1 },
      errorBudgetConsumedPercent: 205.25,
      notes: HOSTILE_STRINGS.join('\n'),
    },
    sections: [
      ...base.sections.map((section, i) => ({
        ...section,
        title: i === 0 ? `${section.title} ${h(0)}` : section.title,
        body: i % 2 === 0 ? HOSTILE_STRINGS.slice(i % 5).join('\n\n') : HOSTILE_STRINGS.join('\n'),
        hidden: section.kind === 'messaging',
      })),
      { id: 'custom-1', kind: 'custom', title: `Custom ${h(11)}`, prompt: '', hidden: false, body: h(6) },
    ],
    timeline,
    fiveWhys: HOSTILE_STRINGS.slice(0, 5).map((why, i) => ({ id: `why-${i + 1}`, why, because: h(i + 5) })),
    actionItems: HOSTILE_STRINGS.map((description, i) => ({
      id: `action-${i + 1}`,
      description,
      owner: h(i + 1),
      type: ACTION_ITEM_TYPES[i % 4] ?? 'prevent',
      priority: ACTION_ITEM_PRIORITIES[i % 4] ?? 'P2',
      due: i % 2 === 0 ? '' : '2026-12-15',
      link: i % 3 === 0 ? '[x](javascript:alert(1))' : i % 3 === 1 ? 'mailto:sre@example.com' : 'https://tickets.example.com/T-1|2',
      status: ACTION_ITEM_STATUSES[i % 3] ?? 'open',
    })),
  };
}

/** The documents rendered to golden files: name → document. */
export function createGoldenDocs(): { name: string; doc: PostmortemDoc }[] {
  return [
    { name: 'example', doc: createExamplePostmortem(FIXED_NOW) },
    { name: 'hostile', doc: createHostilePostmortem() },
    { name: 'empty-short', doc: createPostmortem({ template: 'short', now: FIXED_NOW, timeZone: 'UTC', id: 'empty-1' }) },
  ];
}

/** Fragments that mean something in Markdown, GFM or HTML, to mix into generated text. */
const MARKUP_FRAGMENTS = [
  ...HOSTILE_STRINGS,
  '|', '\\', '\\|', '\n', '\r', '\r\n', ' ', '\t', '\n\n', '<br>', '&amp;', '&#124;', '#', '-', '1.', '2)', '>', '[', ']', '(', ')',
  '!', '~', '$', ':', '//', '_', '*', '`', '    ', 'https://x.example/a|b_(c)', 'http://x.example/>', 'www.example.com', 'a@b.co',
  'mailto:a@b.co', '---', '===', '- [ ] ', '[^1]', '<!--', '-->', '\u0000', '\u2028',
];

/** Arbitrary Unicode, or a mix of markup fragments and short strings. */
const text = (maxLength = 40) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.oneof(fc.constantFrom(...MARKUP_FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 10 }).map((parts) => parts.join('').slice(0, maxLength * 4)),
  );
const shortText = () => fc.string({ unit: 'grapheme', maxLength: 20 });
const id = () => fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s));
const timestamp = () => fc.integer({ min: 0, max: 8_640_000_000_000_000 });
const isoDate = () =>
  fc
    .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const noNegativeZero = (v: number): number => (Object.is(v, -0) ? 0 : v);
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);

/** Any valid postmortem (as the schema accepts it), with arbitrary Unicode in its text fields. */
export function arbitraryPostmortemDoc(): fc.Arbitrary<PostmortemDoc> {
  const timelineRow = fc.record(
    { id: id(), at: timestamp(), text: text(), link: fc.oneof(fc.constant('https://example.com/x'), text(30)) },
    { requiredKeys: ['id', 'at', 'text'] },
  );
  // Metrics are optional: documents from scratch and those saved before metrics existed have none.
  const metricMs = fc.option(fc.integer({ min: 0, max: 30 * 24 * 3_600_000 }), { nil: null });
  const metrics = fc.option(
    fc.record({ timeToDetect: metricMs, timeToAcknowledge: metricMs, timeToMitigate: metricMs, timeToResolve: metricMs }),
    { nil: undefined },
  );
  const doc: fc.Arbitrary<PostmortemDoc> = fc.record({
    id: id(),
    formatVersion: fc.constant(1),
    title: text(),
    incidentId: shortText(),
    date: isoDate(),
    authors: fc.array(shortText(), { maxLength: 3 }),
    severity: fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4', '' as const),
    status: fc.constantFrom(...POSTMORTEM_STATUSES),
    reviewDue: fc.oneof(fc.constant(''), isoDate()),
    services: fc.array(shortText(), { maxLength: 3 }),
    startedAt: fc.option(timestamp(), { nil: null }),
    endedAt: fc.option(timestamp(), { nil: null }),
    responders: fc.array(shortText(), { maxLength: 4 }),
    impact: fc.record({
      durationMinutes: fc.option(amount(10_000_000), { nil: null }),
      usersAffectedPercent: fc.option(amount(100), { nil: null }),
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'BHD', 'CHF'),
      cost: fc.record({
        revenue: amount(1e12),
        productivity: amount(1e12),
        response: amount(1e12),
        sla: amount(1e12),
        churn: amount(1e12),
        other: amount(1e12),
      }),
      errorBudgetConsumedPercent: fc.option(amount(1e6), { nil: null }),
      notes: text(),
    }),
    sections: fc.uniqueArray(
      fc.record({
        id: id(),
        kind: fc.constantFrom(...SECTION_KINDS),
        title: shortText(),
        prompt: shortText(),
        hidden: fc.boolean(),
        body: text(80),
      }),
      { selector: (s) => s.id, maxLength: 8 },
    ),
    timeline: fc.uniqueArray(timelineRow, { selector: (r) => r.id, maxLength: 8 }),
    fiveWhys: fc.uniqueArray(fc.record({ id: id(), why: text(), because: text() }), { selector: (w) => w.id, maxLength: 4 }),
    actionItems: fc.uniqueArray(
      fc.record({
        id: id(),
        description: text(),
        owner: shortText(),
        type: fc.constantFrom(...ACTION_ITEM_TYPES),
        priority: fc.constantFrom(...ACTION_ITEM_PRIORITIES),
        due: fc.oneof(fc.constant(''), isoDate()),
        link: fc.oneof(fc.constant(''), fc.constant('https://example.com/t/1'), text(20)),
        status: fc.constantFrom(...ACTION_ITEM_STATUSES),
      }),
      { selector: (a) => a.id, maxLength: 6 },
    ),
    dismissedFindings: fc.array(shortText(), { maxLength: 3 }),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Chatham'),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  });
  return fc.tuple(doc, metrics).map(([d, m]) => (m === undefined ? d : { ...d, metrics: m }));
}
