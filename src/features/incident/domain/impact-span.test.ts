import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { createPostmortemFromIncident } from '../../postmortem/domain/templates';
import { calculateIncidentCost, describeImpactSpan, formatSpan } from './impact-span';
import { fillMissingCostInputs, reachMilestone, resolveIncident, setIncidentCostInputs } from './incident-actions';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import { restoreIncidents } from './incident-schema';
import { composeStatusUpdate } from './status-update';

const declared = () => createTestIncident({ startedAt: T0 - 60 * MINUTE, costInputs: DEFAULT_COST_INPUTS });

describe('impact span', () => {
  it('names its end: now while running, service restored once mitigated', () => {
    let incident = declared();
    expect(formatSpan(describeImpactSpan(incident, T0 + 5 * MINUTE))).toBe('impact start → now: 1 h 5 min');
    incident = reachMilestone(incident, 'mitigated', T0 + 27 * MINUTE);
    expect(formatSpan(describeImpactSpan(incident, T0 + 90 * MINUTE))).toBe('impact start → service restored: 1 h 27 min');
  });
});

describe('cost snapshot', () => {
  it('keeps a copy of the calculator inputs at declaration: a later calculator change does not alter a resolved incident’s cost', () => {
    const calculator = { ...DEFAULT_COST_INPUTS, revenue: DEFAULT_COST_INPUTS.revenue };
    let incident = createTestIncident({ startedAt: T0 - 60 * MINUTE, costInputs: calculator });
    incident = reachMilestone(incident, 'mitigated', T0 + 10 * MINUTE);
    incident = resolveIncident(incident, T0 + 20 * MINUTE);
    const before = calculateIncidentCost(incident, calculator, T0 + 30 * MINUTE);
    const changed = { ...calculator, revenue: calculator.revenue * 3, affected: 100 };
    const after = calculateIncidentCost(incident, changed, T0 + 500 * MINUTE);
    expect(after.total).toBe(before.total);
    expect(after.span.label).toBe('impact start → service restored');
    // Editing or updating the inputs of a resolved incident is refused: the cost is frozen.
    expect(setIncidentCostInputs(incident, changed, T0 + 40 * MINUTE, 'calculator')).toBe(incident);
  });

  it('updates from the calculator only on request, and logs it', () => {
    const incident = declared();
    const changed = { ...DEFAULT_COST_INPUTS, affected: 5 };
    const next = setIncidentCostInputs(incident, changed, T0 + MINUTE, 'calculator');
    expect(next.costInputs?.affected).toBe(5);
    expect(next.timeline.some((entry) => entry.text === 'Cost inputs updated from the calculator')).toBe(true);
  });

  it('migrates an incident saved without cost inputs: it restores, then gets a snapshot once', () => {
    const { costInputs: _omit, ...old } = declared();
    const restored = restoreIncidents([old]);
    expect(restored.incidents).toHaveLength(1);
    expect(restored.incidents[0]?.costInputs).toBeUndefined();
    const filled = fillMissingCostInputs(restored.incidents[0]!, DEFAULT_COST_INPUTS);
    expect(filled.costInputs).toEqual(DEFAULT_COST_INPUTS);
    expect(fillMissingCostInputs(filled, { ...DEFAULT_COST_INPUTS, affected: 1 })).toBe(filled);
  });

  it('drops a saved incident whose cost inputs are not valid', () => {
    const broken = { ...declared(), costInputs: { ...DEFAULT_COST_INPUTS, affected: 'lots' } };
    expect(restoreIncidents([broken]).dropped).toBe(1);
  });
});

describe('one figure per span', () => {
  it('the incident, an executive update and the postmortem show the same cost and duration for impact start → service restored', () => {
    let incident = declared();
    incident = reachMilestone(incident, 'mitigated', T0 + 7 * MINUTE + 13_000);
    incident = resolveIncident(incident, T0 + 30 * MINUTE);
    const now = T0 + 45 * MINUTE;
    const cost = calculateIncidentCost(incident, { ...DEFAULT_COST_INPUTS, revenue: 1 }, now);
    const doc = createPostmortemFromIncident(incident, { template: 'short', now, timeZone: 'UTC', costInputs: { ...DEFAULT_COST_INPUTS, revenue: 1 } });
    const postmortemTotal = Object.values(doc.impact.cost).reduce((sum, value) => sum + value, 0);
    expect(Math.round(postmortemTotal)).toBe(Math.round(cost.total));
    expect(doc.endedAt).toBe(incident.milestones.mitigated);
    const update = composeStatusUpdate({ incident, status: 'resolved', audience: 'executives', now, nextUpdateAt: null, timeZone: 'UTC', costSoFar: '$1' });
    expect(update).toContain('Duration (impact start → service restored): 1 h 7 min');
    expect(update).toContain('Estimated cost (impact start → service restored): $1.');
  });
});
