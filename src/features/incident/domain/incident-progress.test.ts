import { describe, expect, it } from 'vitest';
import { calculateUpdateDue } from './cadence';
import { postUpdate, reachMilestone, resolveIncident, setStepDone } from './incident-actions';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import {
  buildIncidentTabTitle,
  calculatePhaseProgress,
  calculateReminderCount,
  calculateRunbookProgress,
  fillServicePlaceholder,
  findCurrentPhase,
  isStepDone,
  quoteShellWord,
  REMINDER_REPEAT_MS,
  suggestUpdateStatus,
} from './incident-progress';

describe('findCurrentPhase', () => {
  it('starts at the first five minutes and moves on when its steps are checked', () => {
    let incident = createTestIncident();
    expect(findCurrentPhase(incident)?.id).toBe('first-five-minutes');
    for (const id of ['confirm-scope', 'stop-the-bleeding', 'communicate-early', 'preserve-evidence']) {
      incident = setStepDone(incident, id, true, T0 + MINUTE);
    }
    expect(findCurrentPhase(incident)?.id).toBe('mitigate');
  });

  it('stays on a phase while one of its steps is skipped or unchecked again', () => {
    let incident = createTestIncident();
    for (const id of ['confirm-scope', 'stop-the-bleeding', 'communicate-early', 'preserve-evidence']) {
      incident = setStepDone(incident, id, true, T0 + MINUTE);
    }
    incident = setStepDone(incident, 'stop-the-bleeding', false, T0 + 2 * MINUTE);
    expect(findCurrentPhase(incident)?.id).toBe('first-five-minutes');
    expect(isStepDone(incident, 'stop-the-bleeding')).toBe(false);
    expect(calculatePhaseProgress(incident, incident.runbook.phases[0]!)).toEqual({ done: 3, total: 4, complete: false });
  });

  it('is null when every step is checked', () => {
    let incident = createTestIncident();
    for (const phase of incident.runbook.phases) {
      for (const step of phase.steps) incident = setStepDone(incident, step.id, true, T0 + MINUTE);
    }
    expect(findCurrentPhase(incident)).toBeNull();
    const { total } = calculateRunbookProgress(incident);
    expect(calculateRunbookProgress(incident)).toEqual({ done: total, total });
  });
});

describe('suggestUpdateStatus', () => {
  it('follows the incident: investigating, the last posted status, monitoring, resolved', () => {
    let incident = createTestIncident();
    expect(suggestUpdateStatus(incident)).toBe('investigating');
    incident = postUpdate(incident, { at: T0 + MINUTE, status: 'identified', audience: 'internal', text: '' }, T0 + MINUTE);
    expect(suggestUpdateStatus(incident)).toBe('identified');
    incident = reachMilestone(incident, 'mitigated', T0 + 2 * MINUTE);
    expect(suggestUpdateStatus(incident)).toBe('monitoring');
    incident = resolveIncident(incident, T0 + 3 * MINUTE);
    expect(suggestUpdateStatus(incident)).toBe('resolved');
  });
});

describe('calculateReminderCount', () => {
  it('is 0 until overdue, 1 at once, then one more every repeat interval', () => {
    const incident = createTestIncident();
    const dueAt = T0 + 30 * MINUTE;
    expect(calculateReminderCount(calculateUpdateDue(incident, dueAt))).toBe(0);
    expect(calculateReminderCount(calculateUpdateDue(incident, dueAt + 1))).toBe(1);
    expect(calculateReminderCount(calculateUpdateDue(incident, dueAt + REMINDER_REPEAT_MS - 1))).toBe(1);
    expect(calculateReminderCount(calculateUpdateDue(incident, dueAt + REMINDER_REPEAT_MS))).toBe(2);
  });

  it('never reminds about a resolved incident', () => {
    const incident = resolveIncident(createTestIncident(), T0 + MINUTE);
    expect(calculateReminderCount(calculateUpdateDue(incident, T0 + 90 * MINUTE))).toBe(0);
  });
});

describe('buildIncidentTabTitle', () => {
  it('puts the elapsed time and the update countdown, in minutes, before the title', () => {
    expect(
      buildIncidentTabTitle({ title: 'API down', elapsedMs: 754_000, due: { overdue: false, overdueMs: 0, remainingMs: 1_046_000 } }),
    ).toBe('12 min · update in 18 min · API down');
    expect(
      buildIncidentTabTitle({ title: 'API down', elapsedMs: 3_930_000, due: { overdue: false, overdueMs: 0, remainingMs: 1_000 } }),
    ).toBe('1 h 05 min · update in 1 min · API down');
  });

  it('leads with the overdue update', () => {
    expect(
      buildIncidentTabTitle({ title: 'API down', elapsedMs: 1_930_000, due: { overdue: true, overdueMs: 130_000, remainingMs: 0 } }),
    ).toBe('⚠ Update overdue 2 min · 32 min · API down');
    expect(
      buildIncidentTabTitle({ title: 'API down', elapsedMs: 1_801_000, due: { overdue: true, overdueMs: 1_000, remainingMs: 0 } }),
    ).toBe('⚠ Update overdue · 30 min · API down');
  });

  it('leaves out the countdown when there is none', () => {
    expect(buildIncidentTabTitle({ title: ' ', elapsedMs: 5_000, due: null })).toBe('<1 min · Incident');
  });

  it('changes at most once a minute of each clock, never with the seconds', () => {
    const at = (elapsedMs: number) => buildIncidentTabTitle({ title: 'X', elapsedMs, due: { overdue: false, overdueMs: 0, remainingMs: 1_800_000 - elapsedMs } });
    const titles = new Set(Array.from({ length: 60 }, (_, s) => at(600_000 + s * 1000)));
    expect(titles.size).toBeLessThanOrEqual(2);
  });
});

describe('fillServicePlaceholder', () => {
  it('fills every placeholder with the service', () => {
    expect(fillServicePlaceholder('journalctl -u <service> > <service>.log', 'checkout')).toBe('journalctl -u checkout > checkout.log');
  });

  it('keeps the placeholder when there is no service', () => {
    expect(fillServicePlaceholder('systemctl status <service>', '  ')).toBe('systemctl status <service>');
  });

  it('quotes a service name a shell would otherwise run as code', () => {
    expect(fillServicePlaceholder('systemctl status <service>', 'api; rm -rf ~')).toBe("systemctl status 'api; rm -rf ~'");
    expect(quoteShellWord("it's")).toBe(`'it'\\''s'`);
    expect(quoteShellWord('nginx@main.service')).toBe('nginx@main.service');
  });
});
