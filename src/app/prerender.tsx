// Build-time only: renders the start page (the calculator with its default values) to static HTML, so the
// page is meaningful before any script runs. main.tsx hydrates it when this tab's state matches what was
// rendered, and renders afresh otherwise. A tool page gets the shell only (header, the tool's loading line,
// footer): its content depends on what this browser has stored, so the app renders it when it starts.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';
import { ROUTES, setPrerenderedRoute, type RouteId } from './router';

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

/** A tool page's shell, shown until the app has started and read this browser's data, and its title. */
export function renderToolShell(route: Exclude<RouteId, 'calculator'>): { html: string; title: string } {
  const meta = ROUTES.find((r) => r.id === route);
  // As the app sets it once running (app.tsx).
  return { html: render(route), title: `${meta?.title ?? 'Outage Kit'} — Outage Kit` };
}
