// Build-time only: renders the start page (the calculator with its default values) to static HTML, so the
// page is meaningful before any script runs. main.tsx hydrates it when this tab's state matches what was
// rendered, and renders afresh otherwise. A tool page's content depends on what this browser has stored:
// see renderToolPage.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';
import { setPrerenderedRoute, START_ROUTE, type RouteId, type ToolPageId } from './router';
import { appStore } from './store/app-store';
import { toolById } from './tools';

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
  return { html: render(START_ROUTE), locale: new Intl.NumberFormat().resolvedOptions().locale };
}

/**
 * A tool page: its shell (header, the tool's loading line, footer), the tool's first view as someone who has
 * never used it sees it (an inline script shows it only to them: main.tsx replaces it when the app starts),
 * and the page's title.
 */
export async function renderToolPage(route: ToolPageId): Promise<{ shell: string; firstView: string; title: string }> {
  const tool = toolById(route);
  // Before the route's code is loaded, the route renders its loading line: that is the shell.
  const shell = render(route);
  await tool.Page.preload();
  // Server rendering reads a store's initial state (zustand's server snapshot), which predates the section the
  // route has just installed: at build time, with nothing saved, the current state is the initial state.
  appStore.getInitialState = appStore.getState;
  const firstView = render(route);
  // As the app sets it once running (app.tsx).
  return { shell, firstView, title: `${tool.title} — Outage Kit` };
}
