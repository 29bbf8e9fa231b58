import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app';
import { parseRoute } from './router';
import { appStore } from './store/app-store';
import { DEFAULT_COST_INPUTS } from '../features/calculator/domain/cost-inputs';
import { consumeShareLink, getShareLinkArrival } from '../features/calculator/store/share-link-arrival';
import { storageStatus } from '../lib/storage-status';

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
if (container) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (canHydrate(container)) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
