import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app';
import { parseRoute } from './router';
import { appStore } from './store/app-store';
import { toolById } from './tools';
import { DEFAULT_COST_INPUTS } from '../features/calculator/domain/cost-inputs';
import { consumeShareLink, getShareLinkArrival } from '../features/calculator/store/share-link-arrival';
import { storageStatus } from '../lib/storage-status';
import { nextTask, recordPreHydrationInput, startHydrating } from '../lib/pre-hydration-input';

// Only the calculator's page takes a share link.
if (parseRoute(window.location.pathname).route === 'calculator') consumeShareLink(appStore);

/**
 * The start page arrives prerendered with the default values. Hydrate it only when this tab would render
 * exactly that (same route, defaults, same number locale, nothing to report); otherwise render afresh,
 * which replaces the prerendered HTML on the first commit.
 */
function canHydrate(container: HTMLElement): boolean {
  const state = appStore.getState();
  return (
    container.dataset.prerendered === new Intl.NumberFormat().resolvedOptions().locale &&
    parseRoute(window.location.pathname).route === 'calculator' &&
    state.calculator.draft === null &&
    JSON.stringify(state.calculator.inputs) === JSON.stringify(DEFAULT_COST_INPUTS) &&
    state.settings.theme === 'system' &&
    storageStatus.getState().problems.length === 0 &&
    getShareLinkArrival() === null
  );
}

const container = document.getElementById('root');
// The prerendered calculator (or a tool's first view) may already have been typed into: keep it (replayed
// by the form once live).
if (container && (container.dataset.prerendered || container.hasAttribute('data-first-view'))) recordPreHydrationInput(container);
// A tool page's route chunk is already on its way (modulepreload in its HTML): render once it has arrived,
// so the first render is the tool itself rather than a loading line.
const route = parseRoute(window.location.pathname).route;
const routeReady = toolById(route).Page.preload();


async function start(root: HTMLElement): Promise<void> {
  await routeReady;
  // Every page arrives prerendered and is on screen: start without one long task. The first Intl formatter
  // loads the browser's locale data (tens of milliseconds on a phone), split here from the modules'
  // evaluation and from the first render, and in two parts: the locale first, then the number formats.
  await nextTask();
  new Intl.Locale(navigator.language || 'en').maximize();
  await nextTask();
  const hydrate = canHydrate(root);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // As a transition, the first render and hydration yield to the browser every few milliseconds instead
  // of blocking input in one long task (Lighthouse's total blocking time; a tap during start-up).
  startTransition(() => {
    if (hydrate) {
      startHydrating();
      hydrateRoot(root, app);
    }
    else createRoot(root).render(app);
  });
}

if (container) void start(container);
