// Build-time only: renders the start page (the calculator with its default values) to static HTML, so the
// page is meaningful before any script runs. main.tsx hydrates it when this tab's state matches what was
// rendered, and renders afresh otherwise. A tool page's content depends on what this browser has stored:
// see renderToolPage.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, IncidentRoute, PostmortemRoute } from './app';
import { ROUTES, setPrerenderedRoute, type RouteId } from './router';
import { appStore } from './store/app-store';

function render(route: RouteId): string {
  setPrerenderedRoute(route);
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** The start page's HTML and the number locale it was rendered with (hydration needs the same). */
export function renderStartPage(): { html: string; locale: string } {
  return { html: render('calculator'), locale: new Intl.NumberFormat().resolvedOptions().locale };
}

/**
 * A tool page: its shell (header, the tool's loading line, footer), the tool's first view as someone who has
 * never used it sees it (an inline script shows it only to them: main.tsx replaces it when the app starts),
 * and the page's title.
 */
export async function renderToolPage(route: Exclude<RouteId, 'calculator'>): Promise<{ shell: string; firstView: string; title: string }> {
  const part = route === 'incident' ? IncidentRoute : PostmortemRoute;
  // Before the route's code is loaded, the route renders its loading line: that is the shell.
  const shell = render(route);
  await part.preload();
  // Server rendering reads a store's initial state (zustand's server snapshot), which predates the section the
  // route has just installed: at build time, with nothing saved, the current state is the initial state.
  appStore.getInitialState = appStore.getState;
  const firstView = render(route);
  const meta = ROUTES.find((r) => r.id === route);
  // As the app sets it once running (app.tsx).
  return { shell, firstView, title: `${meta?.title ?? 'Outage Kit'} — Outage Kit` };
}
