import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNBOOK } from './default-runbook';
import type { Runbook } from './incident-types';
import {
  addRunbookPhase,
  addRunbookStep,
  moveRunbookPhase,
  moveRunbookStep,
  parseRunbookJson,
  removeRunbookPhase,
  removeRunbookStep,
  renameRunbookPhase,
  renameRunbookStep,
  runbookSchema,
  serializeRunbook,
  updateRunbookPhase,
  updateRunbookStep,
} from './runbook';

const SMALL: Runbook = {
  id: 'rb',
  name: 'Small',
  phases: [
    {
      id: 'p1',
      title: 'One',
      guidance: '',
      steps: [
        { id: 's1', title: 'A', guidance: '' },
        { id: 's2', title: 'B', guidance: '' },
        { id: 's3', title: 'C', guidance: '' },
      ],
    },
    { id: 'p2', title: 'Two', guidance: '', steps: [] },
    { id: 'p3', title: 'Three', guidance: '', steps: [] },
  ],
};

const stepTitles = (runbook: Runbook, phase = 0) => runbook.phases[phase]?.steps.map((s) => s.title);

function envelope(runbook: unknown): string {
  return JSON.stringify({ format: 'outage-kit/runbook', version: 1, runbook });
}

function errorsOf(text: string): string[] {
  const result = parseRunbookJson(text);
  if (result.ok) throw new Error('expected the runbook to be rejected');
  return result.errors;
}

describe('renameRunbookPhase', () => {
  it('renames without touching the original', () => {
    const renamed = renameRunbookPhase(SMALL, 'p2', 'Second');
    expect(renamed.phases[1]?.title).toBe('Second');
    expect(SMALL.phases[1]?.title).toBe('Two');
  });

  it('returns the same runbook for an unknown phase', () => {
    expect(renameRunbookPhase(SMALL, 'nope', 'x')).toBe(SMALL);
  });
});

describe('renameRunbookStep', () => {
  it('renames a step in its phase', () => {
    expect(stepTitles(renameRunbookStep(SMALL, 'p1', 's2', 'Bee'))).toEqual(['A', 'Bee', 'C']);
    expect(renameRunbookStep(SMALL, 'p2', 's2', 'x')).toBe(SMALL);
  });
});

describe('updateRunbookStep', () => {
  it('patches fields and removes those set to undefined', () => {
    let runbook = updateRunbookStep(SMALL, 'p1', 's1', { guidance: 'Do it', commands: ['df -h'], milestone: 'mitigated' });
    expect(runbook.phases[0]?.steps[0]).toEqual({ id: 's1', title: 'A', guidance: 'Do it', commands: ['df -h'], milestone: 'mitigated' });
    runbook = updateRunbookStep(runbook, 'p1', 's1', { milestone: undefined });
    expect(runbook.phases[0]?.steps[0]).not.toHaveProperty('milestone');
  });
});

describe('updateRunbookPhase', () => {
  it('sets and removes a time box', () => {
    const boxed = updateRunbookPhase(SMALL, 'p2', { timeboxMinutes: 10 });
    expect(boxed.phases[1]?.timeboxMinutes).toBe(10);
    expect(updateRunbookPhase(boxed, 'p2', { timeboxMinutes: undefined }).phases[1]).not.toHaveProperty('timeboxMinutes');
  });
});

describe('addRunbookPhase', () => {
  it('adds at the end by default, or at an index', () => {
    expect(addRunbookPhase(SMALL, { title: 'Four', id: 'p4' }).phases.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(addRunbookPhase(SMALL, { title: 'Zero', id: 'p0' }, 0).phases.map((p) => p.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('gives the new phase a fresh id and empty steps', () => {
    const phase = addRunbookPhase(SMALL, { title: 'New' }).phases[3];
    expect(phase).toMatchObject({ title: 'New', guidance: '', steps: [] });
    expect(phase?.id).toMatch(/^phase-/);
  });
});

describe('addRunbookStep', () => {
  it('adds a step to the phase', () => {
    const runbook = addRunbookStep(SMALL, 'p2', { title: 'Check the queue', guidance: 'Look at depth.' });
    expect(runbook.phases[1]?.steps).toEqual([expect.objectContaining({ title: 'Check the queue', guidance: 'Look at depth.' })]);
    expect(runbook.phases[1]?.steps[0]).not.toHaveProperty('detail');
    expect(addRunbookStep(SMALL, 'p1', { title: 'First', id: 's0' }, 0).phases[0]?.steps[0]?.id).toBe('s0');
  });
});

describe('removeRunbookPhase', () => {
  it('removes a phase and its steps', () => {
    expect(removeRunbookPhase(SMALL, 'p1').phases.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(removeRunbookPhase(SMALL, 'nope')).toBe(SMALL);
  });
});

describe('removeRunbookStep', () => {
  it('removes one step', () => {
    expect(stepTitles(removeRunbookStep(SMALL, 'p1', 's2'))).toEqual(['A', 'C']);
    expect(removeRunbookStep(SMALL, 'p1', 'nope')).toBe(SMALL);
  });
});

describe('moveRunbookPhase', () => {
  it('moves up and down, clamped at the ends', () => {
    expect(moveRunbookPhase(SMALL, 'p2', -1).phases.map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    expect(moveRunbookPhase(SMALL, 'p2', 1).phases.map((p) => p.id)).toEqual(['p1', 'p3', 'p2']);
    expect(moveRunbookPhase(SMALL, 'p1', -1)).toBe(SMALL);
    expect(moveRunbookPhase(SMALL, 'p3', 1)).toBe(SMALL);
  });
});

describe('moveRunbookStep', () => {
  it('moves within its phase, clamped at the ends', () => {
    expect(stepTitles(moveRunbookStep(SMALL, 'p1', 's1', 1))).toEqual(['B', 'A', 'C']);
    expect(stepTitles(moveRunbookStep(SMALL, 'p1', 's3', -1))).toEqual(['A', 'C', 'B']);
    expect(stepTitles(moveRunbookStep(SMALL, 'p1', 's1', -5))).toEqual(['A', 'B', 'C']);
    expect(stepTitles(moveRunbookStep(SMALL, 'p1', 's1', 5))).toEqual(['B', 'C', 'A']);
  });
});

describe('runbookSchema', () => {
  it('rejects duplicate ids across phases and steps', () => {
    const dup = updateRunbookStep(SMALL, 'p1', 's2', {});
    const bad = { ...dup, phases: [...dup.phases, { id: 's1', title: 'X', guidance: '', steps: [] }] };
    expect(runbookSchema.safeParse(bad).success).toBe(false);
  });
});

describe('parseRunbookJson', () => {
  it('reads back what serializeRunbook wrote', () => {
    const text = serializeRunbook(DEFAULT_RUNBOOK);
    expect(text).toContain('\n  "format": "outage-kit/runbook"');
    expect(parseRunbookJson(text)).toEqual({ ok: true, runbook: DEFAULT_RUNBOOK });
  });

  it('drops unknown fields', () => {
    const result = parseRunbookJson(envelope({ ...SMALL, extra: 1 }));
    expect(result.ok && 'extra' in result.runbook).toBe(false);
  });

  it('says where the JSON is broken', () => {
    const [error] = errorsOf('{\n  "format": "outage-kit/runbook",\n  "version": 1\n  "runbook": {}\n}');
    expect(error).toMatch(/^This file is not valid JSON \(line 4, column 3\)\./);
    expect(errorsOf('')).toEqual(['This file is empty. Choose a file exported from Outage Kit.']);
  });

  it('rejects files over 200 KB, saying how big they are', () => {
    const text = envelope({ ...SMALL, name: 'x'.repeat(312 * 1024) });
    expect(errorsOf(text)).toEqual(['This file is 313 KB; a runbook can be at most 200 KB.']);
    const exact = 'a'.repeat(312 * 1024);
    expect(errorsOf(exact)).toEqual(['This file is 312 KB; a runbook can be at most 200 KB.']);
  });

  it('counts multi-byte characters as bytes', () => {
    const text = 'é'.repeat(150 * 1024);
    expect(errorsOf(text)[0]).toMatch(/^This file is 300 KB/);
  });

  it('rejects a wrong or missing envelope', () => {
    expect(errorsOf(JSON.stringify(SMALL))[0]).toMatch(/^This is not a runbook file from Outage Kit/);
    expect(errorsOf('[1,2]')[0]).toMatch(/^This is not a runbook file/);
    expect(errorsOf(JSON.stringify({ format: 'outage-kit/incident', version: 1, incident: {} }))).toEqual([
      'This is an incident file, not a runbook. Import it in the right place.',
    ]);
    expect(errorsOf(JSON.stringify({ format: 'outage-kit/runbook', version: 2, runbook: SMALL }))[0]).toMatch(/newer version/);
    expect(errorsOf(JSON.stringify({ format: 'outage-kit/runbook', version: 1 }))[0]).toMatch(/no runbook in it/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s anywhere', (key) => {
    const text = envelope(SMALL).replace('"title":"A"', `"title":"A","${key}":{"polluted":true}`);
    const [error] = errorsOf(text);
    expect(error).toContain(`"${key}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the phase and step in plain words', () => {
    const bad = {
      ...SMALL,
      phases: [
        SMALL.phases[0],
        {
          id: 'p2',
          title: 'Two',
          guidance: '',
          steps: [
            { id: 'a', title: 'ok', guidance: '' },
            { id: 'b', title: 'ok', guidance: '' },
            { id: 'c', title: '  ', guidance: '' },
          ],
        },
      ],
    };
    expect(errorsOf(envelope(bad))).toEqual(['Phase 2, step 3: enter a title.']);
  });

  it('explains wrong shapes and limits', () => {
    const bad = {
      id: 'bad id!',
      name: 'x'.repeat(121),
      phases: [
        { id: 'p1', title: 'One', guidance: 'g'.repeat(501), timeboxMinutes: 0.5, steps: 'none' },
        {
          id: 'p1',
          title: 'Two',
          guidance: '',
          steps: [{ id: 's1', title: 'S', guidance: '', commands: Array.from({ length: 11 }, () => 'ls'), action: 'explode' }],
        },
      ],
    };
    expect(errorsOf(envelope(bad))).toEqual([
      'Give the runbook an id of 1 to 64 letters, digits, "-" or "_".',
      'Shorten the name to 120 characters or fewer.',
      'Phase 1: shorten the guidance to 500 characters or fewer.',
      'Phase 1: set the time box as a whole number of minutes.',
      'Phase 1: the steps must be a list.',
      'Phase 2, step 1: keep it to 10 commands or fewer.',
      'Phase 2, step 1: choose the action from: rollback-helper, status-update, postmortem.',
    ]);
  });

  it('reports duplicate ids', () => {
    const bad = { ...SMALL, phases: [...SMALL.phases, { id: 'p4', title: 'Four', guidance: '', steps: [{ id: 's2', title: 'Again', guidance: '' }] }] };
    expect(errorsOf(envelope(bad))).toEqual(['Phase 4, step 1: the id "s2" is used more than once; give each step its own id.']);
  });

  it('rejects more than 20 phases and 40 steps in a phase', () => {
    const many = {
      ...SMALL,
      phases: Array.from({ length: 21 }, (_, i) => ({ id: `p${i}`, title: 'P', guidance: '', steps: [] })),
    };
    expect(errorsOf(envelope(many))).toEqual(['Keep it to 20 phases or fewer.']);
    const steps = Array.from({ length: 41 }, (_, i) => ({ id: `s${i}`, title: 'S', guidance: '' }));
    expect(errorsOf(envelope({ ...SMALL, phases: [{ id: 'p', title: 'P', guidance: '', steps }] }))).toEqual([
      'Phase 1: keep it to 40 steps or fewer; split it into two phases.',
    ]);
  });

  it('lists at most ten problems', () => {
    const steps = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, title: '', guidance: '' }));
    const errors = errorsOf(envelope({ ...SMALL, phases: [{ id: 'p', title: 'P', guidance: '', steps }] }));
    expect(errors).toHaveLength(11);
    expect(errors[10]).toBe('…and 5 more problems.');
  });

  it('never throws, even on absurdly deep nesting', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(() => parseRunbookJson(deep)).not.toThrow();
    expect(parseRunbookJson(deep).ok).toBe(false);
    expect(parseRunbookJson(null as unknown as string).ok).toBe(false);
  });
});
