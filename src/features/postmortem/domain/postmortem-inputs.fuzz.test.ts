// Fuzz tests of every postmortem input: the JSON import, pasted timelines, dates typed in the document's zone,
// and text typed into every field (within the limits the inputs enforce). Case counts: docs/RELIABILITY.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFileText, arbitraryText, isUserMessage } from '../../../testing/fuzz-arbitraries';
import { sanitizeLink } from '../../../lib/sanitize-link';
import { formatDateTimeLocal, parseDateTimeLocal, splitList } from './form-values';
import {
  addActionItem,
  addCustomSection,
  addFiveWhy,
  addTimelineRows,
  renameSection,
  updateActionItem,
  updateFiveWhy,
  updateImpact,
  updateSectionBody,
  updateTimelineRow,
} from './edit-postmortem';
import { createExamplePostmortem } from './example-postmortem';
import { parseTimelinePaste } from './parse-timeline-paste';
import { parsePostmortemJson, serializePostmortem } from '../export/postmortem-json';
import { POSTMORTEM_LIMITS, validatePostmortem } from './postmortem-schema';
import { renderPostmortemMarkdown } from '../export/render-postmortem-markdown';

export const FUZZ_RUNS = {
  postmortemImport: 300,
  timelinePaste: 1000,
  dateTimeLocal: 1000,
  editorFields: 300,
} as const;

const EXAMPLE = createExamplePostmortem(Date.UTC(2026, 0, 5, 9));
const ZONES = ['UTC', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Not/AZone', ''];

/** Lines as people paste them: a time in one of many shapes (or none), then any text, sometimes a URL. */
const pastedLine = fc
  .tuple(
    fc.oneof(
      fc.constant(''),
      fc.constantFrom('14:02 ', '[14:05] ', '2:02 PM ', '14:02:33 - ', '2026-11-27T14:02:00Z ', '2026-11-27T14:02:00+01:00 ', '25:61 ', '00:00 ', '23:59 — '),
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')} `),
    ),
    arbitraryText(50),
    fc.oneof(fc.constant(''), fc.constantFrom(' https://ci.example.com/123', ' javascript:alert(1)', ' http://x.example/a|b')),
  )
  .map((parts) => parts.join(''));

describe('postmortem inputs (fuzz)', () => {
  it('parsePostmortemJson: any file gives a valid document or clear messages', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(arbitraryFileText(serializePostmortem(EXAMPLE)), (text) => {
        const result = parsePostmortemJson(text);
        if (result.ok) {
          expect(validatePostmortem(JSON.parse(JSON.stringify(result.doc))).ok).toBe(true);
          // Unless the file itself says "NaN" or "undefined" (an owner named so is text, shown as typed).
          if (!/\bNaN\b|\bundefined\b/.test(text)) expect(renderPostmortemMarkdown(result.doc)).not.toMatch(/\bNaN\b|\bundefined\b/);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(isUserMessage(error), error).toBe(true);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: FUZZ_RUNS.postmortemImport },
    );
  });

  it('parseTimelinePaste: any pasted text gives rows with real times and safe links, or says why a line was skipped', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(pastedLine, { maxLength: 25 }).map((lines) => lines.join('\n')), arbitraryText(300)),
        fc.oneof(fc.constantFrom('2026-11-27', '2026-02-29', '2024-02-29', '', 'yesterday'), arbitraryText(12)),
        fc.constantFrom(...ZONES),
        (text, baseDate, timeZone) => {
          const { rows, skipped } = parseTimelinePaste(text, { baseDate, timeZone });
          const lines = text.replace(/\r\n?/g, '\n').split('\n');
          for (const row of rows) {
            expect(Number.isFinite(row.at)).toBe(true);
            expect(row.text.trim()).not.toBe('');
            expect(row.line).toBeGreaterThanOrEqual(1);
            expect(row.line).toBeLessThanOrEqual(lines.length);
            if (row.link !== undefined) expect(sanitizeLink(row.link)).not.toBeNull();
          }
          for (const line of skipped) expect(isUserMessage(line.reason), line.reason).toBe(true);
          // No line is lost silently: each non-empty line starts a row, is skipped with a reason, or continues a row.
          expect(rows.length + skipped.length).toBeLessThanOrEqual(lines.filter((l) => l.trim() !== '').length);
          if (rows.length === 0) expect(skipped.length).toBe(lines.filter((l) => l.trim() !== '').length);
          // What is added to a document keeps it valid (it survives a reload).
          expect(validatePostmortem(addTimelineRows(EXAMPLE, rows)).ok).toBe(true);
        },
      ),
      { numRuns: FUZZ_RUNS.timelinePaste },
    );
  });

  it('dates typed in a zone: any text reads as a real time or as nothing, and real times read back the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(arbitraryText(25), fc.date({ min: new Date(0), max: new Date(Date.UTC(2200, 0)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19))),
        fc.constantFrom(...ZONES.filter((z) => z !== 'Not/AZone' && z !== '')),
        (text, zone) => {
          const at = parseDateTimeLocal(text, zone);
          if (at === null) return;
          expect(Number.isFinite(at)).toBe(true);
          // Read back: the same wall time (a time skipped by a DST change moves forward, and then stays put).
          const again = parseDateTimeLocal(formatDateTimeLocal(at, zone), zone);
          expect(again).toBe(at);
        },
      ),
      { numRuns: FUZZ_RUNS.dateTimeLocal },
    );
  });

  it('text typed into every field, up to each input’s limit, keeps the document valid, so a reload never drops it', { timeout: 60_000 }, () => {
    // At or just under the limit (built, not generated character by character: 100,000 of them would be slow).
    const long = (max: number) =>
      fc.oneof(arbitraryText(80), fc.tuple(fc.nat({ max: 3 }), arbitraryText(10)).map(([cut, text]) => (text + 'x'.repeat(max)).slice(0, max - cut)));
    fc.assert(
      fc.property(
        fc.record({
          title: long(POSTMORTEM_LIMITS.short),
          body: long(POSTMORTEM_LIMITS.text),
          link: fc.oneof(arbitraryText(40), long(POSTMORTEM_LIMITS.link)),
          names: arbitraryText(120),
          // Any number each number field accepts (its own range, as the editor checks it).
          fraction: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)),
        }),
        ({ title, body, link, names, fraction }) => {
          const [row] = EXAMPLE.timeline;
          const [item] = EXAMPLE.actionItems;
          const [why] = EXAMPLE.fiveWhys;
          let doc = { ...EXAMPLE, title, incidentId: title, authors: splitList(names), services: splitList(names), responders: splitList(names) };
          doc = updateSectionBody(doc, 'summary', body);
          doc = renameSection(doc, 'lessons', title);
          doc = addCustomSection(doc, { title, body });
          doc = updateTimelineRow(doc, row!.id, { text: body, link });
          doc = updateActionItem(addActionItem(doc, { description: body, owner: title, link }), item!.id, { description: body, owner: title, link });
          doc = updateFiveWhy(addFiveWhy(doc, { why: body, because: body }), why!.id, { why: body, because: body });
          const scaled = (max: number) => (fraction === null ? null : fraction * max);
          doc = updateImpact(doc, {
            notes: body,
            durationMinutes: scaled(10_000_000),
            usersAffectedPercent: scaled(100),
            errorBudgetConsumedPercent: scaled(1e9),
            cost: { ...doc.impact.cost, revenue: scaled(1e15) ?? 0 },
          });
          const result = validatePostmortem(JSON.parse(JSON.stringify(doc)));
          expect(result.ok ? [] : result.errors).toEqual([]);
        },
      ),
      { numRuns: FUZZ_RUNS.editorFields },
    );
  });
});
