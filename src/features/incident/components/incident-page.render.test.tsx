// @vitest-environment happy-dom
// The clock must not re-render the page every second: only the leaves that show a moving number do.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler, type ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import { createIncidentSlice, type IncidentSlice } from '../store/incident-slice';
import { IncidentStoreContext } from '../store/incident-store-context';
import type * as ViewModule from './incident-view';
import type * as ChecklistModule from './checklist';
import type * as TimelineModule from './timeline-panel';
import type * as ComposerModule from './status-composer';
import type * as MilestonesModule from './milestones-panel';
import type * as FiguresModule from './live-figures';

const renders = vi.hoisted(() => ({ view: 0, checklist: 0, timeline: 0, composer: 0, milestones: 0, clock: 0 }));

vi.mock('./incident-view', async (importOriginal) => {
  const mod = await importOriginal<typeof ViewModule>();
  return { ...mod, IncidentView: (props: ComponentProps<typeof mod.IncidentView>) => (renders.view++, mod.IncidentView(props)) };
});
vi.mock('./checklist', async (importOriginal) => {
  const mod = await importOriginal<typeof ChecklistModule>();
  return { ...mod, Checklist: (props: ComponentProps<typeof mod.Checklist>) => (renders.checklist++, mod.Checklist(props)) };
});
vi.mock('./timeline-panel', async (importOriginal) => {
  const mod = await importOriginal<typeof TimelineModule>();
  return { ...mod, TimelinePanel: (props: ComponentProps<typeof mod.TimelinePanel>) => (renders.timeline++, mod.TimelinePanel(props)) };
});
vi.mock('./status-composer', async (importOriginal) => {
  const mod = await importOriginal<typeof ComposerModule>();
  return { ...mod, StatusComposer: (props: ComponentProps<typeof mod.StatusComposer>) => (renders.composer++, mod.StatusComposer(props)) };
});
vi.mock('./milestones-panel', async (importOriginal) => {
  const mod = await importOriginal<typeof MilestonesModule>();
  return { ...mod, MilestonesPanel: (props: ComponentProps<typeof mod.MilestonesPanel>) => (renders.milestones++, mod.MilestonesPanel(props)) };
});
vi.mock('./live-figures', async (importOriginal) => {
  const mod = await importOriginal<typeof FiguresModule>();
  return { ...mod, ElapsedClock: (props: ComponentProps<typeof mod.ElapsedClock>) => (renders.clock++, mod.ElapsedClock(props)) };
});

const { default: IncidentPage } = await import('./incident-page');

// 14:00:00.400 UTC: off the whole second, as real declarations are.
const T0 = Date.UTC(2025, 2, 10, 14, 0, 0, 400);

function renderRunningIncident() {
  const store = createStore<IncidentSlice>()((...args) => createIncidentSlice(...args));
  store.getState().declareIncident(
    {
      title: 'Checkout fails',
      severity: 'SEV1',
      service: 'checkout',
      roles: { commander: 'Alice', deputy: '', scribe: '', communications: '' },
      runbook: DEFAULT_RUNBOOK,
    },
    T0,
  );
  const commits: number[] = [];
  render(
    <Profiler id="incident-page" onRender={(_id, _phase, actualDuration) => commits.push(actualDuration)}>
      <IncidentStoreContext value={store}>
        <IncidentPage costInputs={DEFAULT_COST_INPUTS} onStartPostmortem={() => {}} />
      </IncidentStoreContext>
    </Profiler>,
  );
  return { store, commits };
}

function resetRenders() {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0;
}

describe('IncidentPage while the clock ticks', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('turns the clock every second without re-rendering the page, its panels or the clock component', () => {
    const { commits } = renderRunningIncident();
    expect(screen.getByRole('timer', { name: 'Elapsed since impact started' }).textContent).toBe('00:00:00');
    resetRenders();
    commits.length = 0;

    // Ten seconds, one act per 250 ms, so React renders after each step as a browser would.
    for (let tick = 0; tick < 40; tick++) {
      act(() => {
        vi.advanceTimersByTime(250);
      });
    }

    expect(screen.getByRole('timer', { name: 'Elapsed since impact started' }).textContent).toBe('00:00:10');
    // The ticker writes the figures' text into their elements: no React render for them at all.
    expect(renders).toMatchObject({ clock: 0, view: 0, checklist: 0, timeline: 0, composer: 0, milestones: 0 });
    // What still renders on the clock (the tab title, the first five minutes' bar) are leaves: at most two
    // commits a second, never one per 250 ms tick.
    expect(commits.length).toBeLessThanOrEqual(20);
    if (process.env.REPORT_RENDER_COST) {
      const average = commits.reduce((sum, ms) => sum + ms, 0) / commits.length;
      console.info(`tick commits: ${commits.length} in 10 s, average ${average.toFixed(3)} ms (dev build, happy-dom)`);
    }
  });

  it('re-renders the page when the incident itself changes', () => {
    const { store } = renderRunningIncident();
    resetRenders();
    const id = store.getState().incident.incidents[0]!.id;
    act(() => {
      store.getState().updateIncident(id, (incident) => ({ ...incident, title: 'Checkout fails for everyone' }));
    });
    expect(renders.view).toBe(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checkout fails for everyone');
  });
});
