import { describe, expect, it } from 'vitest';
import { checkActionItem, checkActionItems } from './action-item-checks';
import { createActionItem } from './edit-postmortem';
import type { ActionItem } from './postmortem-types';

const NOW = Date.UTC(2026, 11, 1, 12);
const good: ActionItem = createActionItem('a1', {
  description: 'Add an upper bound for db.pool.max to the config schema',
  owner: 'Андрей Петров',
  due: '2026-12-10',
  link: 'https://tracker.example.com/PAY-1',
});
const messages = (patch: Partial<ActionItem>) => checkActionItem({ ...good, ...patch }, { now: NOW }).map((w) => `${w.field}: ${w.message}`);

describe('checkActionItem', () => {
  it('has nothing to say about an owned, dated, concrete item', () => {
    expect(checkActionItem(good, { now: NOW })).toEqual([]);
  });

  it('asks for an owner and a due date', () => {
    expect(messages({ owner: ' ', due: '' })).toEqual(['owner: Give this action item an owner', 'due: Set a due date']);
  });

  it('flags a past due date only while the item is not done', () => {
    expect(messages({ due: '2026-11-30' })).toEqual(['due: This item is past its due date: move the date or update its status']);
    expect(messages({ due: '2026-11-30', status: 'done' })).toEqual([]);
    expect(messages({ due: '2026-12-01' })).toEqual([]);
    expect(checkActionItem({ ...good, due: '2020-01-01' })).toEqual([]);
  });

  it('compares due dates in the given time zone', () => {
    // 2026-12-01 23:30 UTC is already 2 December in Tokyo.
    const late = Date.UTC(2026, 11, 1, 23, 30);
    expect(checkActionItem({ ...good, due: '2026-12-01' }, { now: late, timeZone: 'Asia/Tokyo' })).toHaveLength(1);
    expect(checkActionItem({ ...good, due: '2026-12-01' }, { now: late, timeZone: 'UTC' })).toHaveLength(0);
  });

  it.each([
    ['Be more careful when editing configs in production', "Rewrite as a concrete change: 'be more careful' relies on people trying harder, not on the system"],
    ['Make sure the pool size is checked before deploys', "Rewrite as a concrete change: 'make sure' relies on people remembering"],
    ['Try to add canaries for config changes', "Rewrite as a commitment: 'try to' has no finish line"],
    ['Ensure that engineers read the runbook before deploys', "Rewrite as a concrete change: 'ensure that people…' relies on people remembering; name the check or automation"],
    ['Remember to drain the node before a restart', 'Rewrite as a concrete change: memory is not a control; add a check, a default or automation'],
    ['Raise awareness of the shared config file', 'Awareness fades: change a default, a check or a runbook instead'],
    ['Add pool alerts to the dashboard ASAP', "Give it an end: set a due date instead of 'as soon as possible'"],
    ['Investigate why the pool metric is missing from dashboards', 'Give the investigation an end: say what it will deliver (a decision, a document, a ticket)'],
  ])('warns about %j', (description, message) => {
    expect(messages({ description })).toContain(`description: ${message}`);
  });

  it('flags "improve" without a specific object and short descriptions', () => {
    expect(messages({ description: 'Improve monitoring' })).toEqual([
      'description: Say what will change, where, and how you will know it is done (at least 4 words)',
      'description: Say exactly what to change and how you will measure it: this names an area, not a change',
    ]);
    expect(messages({ description: 'Improve the p99 latency alert to fire at 800 ms' })).toEqual([]);
    expect(messages({ description: 'Investigate pool sizing and write a proposal for new limits' })).toEqual([]);
  });

  it('asks for a description and for a real link', () => {
    expect(messages({ description: '' })).toEqual(['description: Describe the change to make']);
    expect(messages({ link: 'javascript:alert(1)' })).toEqual(['link: Use a full link to the ticket, starting with https://']);
    expect(messages({ due: '12/10/2026' })).toEqual(['due: Enter the due date as a date written YYYY-MM-DD']);
  });
});

describe('checkActionItems', () => {
  it('maps item ids to their warnings, leaving out items without any', () => {
    const result = checkActionItems([good, { ...good, id: 'a2', owner: '' }], { now: NOW });
    expect(Object.keys(result)).toEqual(['a2']);
  });
});
