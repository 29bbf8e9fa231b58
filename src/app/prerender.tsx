// Build-time only: renders the start page (the calculator with its default values) to static HTML, so the
// page is meaningful before any script runs. main.tsx hydrates it when this tab's state matches what was
// rendered, and renders afresh otherwise.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';

/** The start page's HTML and the number locale it was rendered with (hydration needs the same). */
export function renderStartPage(): { html: string; locale: string } {
  const html = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { html, locale: new Intl.NumberFormat().resolvedOptions().locale };
}
