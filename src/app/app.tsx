import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { replayEarlyInput, restoreFocus, takeEarlyClicks } from '../lib/pre-hydration-input';
import { exportAllData } from './data-export';
import { ErrorBoundary } from './error-boundary';
import { useRoute } from './router';
import { AppHeader } from './shell/app-header';
import { StorageBanner } from './shell/storage-banner';
import { UpdateBanner } from './shell/update-banner';
import { appStore } from './store/app-store';
import { toolById } from './tools';
import { useResolvedTheme } from './use-theme';

// "Your data" is rarely opened: its import validation stays out of the start-up bundle.
const DataDialog = lazy(() => import('./shell/data-dialog').then((m) => ({ default: m.DataDialog })));
// Each tool beyond the start page is its own chunk, loaded when first opened (tools.ts). A route module installs
// its tool's part of the store (see store/app-store.ts), then renders the tool. Not React.lazy: a Suspense
// reveal may wait on a 300 ms timer; a tool page loads its route before the first render (main.tsx), and a
// client-side visit shows the loading line until the chunk arrives.

/** The shell: header, the current tool inside its own error boundary, and the footer. */
export function App() {
  const route = useRoute();
  const themePreference = useStore(appStore, (s) => s.settings.theme);
  const setTheme = useStore(appStore, (s) => s.setTheme);
  const theme = useResolvedTheme(themePreference);
  const [dataOpen, setDataOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // What was typed and clicked on the prerendered page before the app ran is made again now it is live
  // (src/lib/pre-hydration-input.ts): from the first commit React handles clicks itself.
  useLayoutEffect(() => {
    takeEarlyClicks();
    const root = main.current?.closest<HTMLElement>('#root');
    if (root) restoreFocus(root);
  }, []);
  useEffect(() => {
    const root = main.current?.closest<HTMLElement>('#root');
    if (root) void replayEarlyInput(root);
  }, []);

  const tool = toolById(route);
  useEffect(() => {
    document.title = `${toolById(route).title} — Outage Kit`;
    // Move focus to the new page on client-side navigation, as a full page load would.
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} theme={theme} onThemeChange={setTheme} />
      <StorageBanner />
      <UpdateBanner />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {/* Keyed by tool: each tool has its own error boundary, so a crash in one never blanks the others. */}
        <ErrorBoundary key={tool.id} area={tool.area} onExportData={exportAllData}>
          <tool.Page />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>
          Everything you type stays in this browser: no account, no server, no tracking.{' '}
          <button type="button" className="link-button" onClick={() => setDataOpen(true)}>
            Your data: export, import or clear
          </button>
          {themePreference !== 'system' ? (
            <button type="button" className="link-button" onClick={() => setTheme('system')}>
              Follow the system theme
            </button>
          ) : null}
        </p>
      </footer>
      {dataOpen ? (
        <Suspense fallback={null}>
          <DataDialog open={dataOpen} onClose={() => setDataOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
