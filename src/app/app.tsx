import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { CalculatorPage } from '../features/calculator/components/calculator-page';
import { EmbedBuilder } from '../features/calculator/components/embed-builder';
import { CalculatorStoreContext } from '../features/calculator/store/calculator-store-context';
import { lazyPart } from '../components/ui/lazy-part';
import { FormMountedContext } from '../components/ui/form-mounted';
import { replayEarlyInput, replayPreHydrationInput, restoreFocus, takeEarlyClicks } from '../boot/pre-hydration-input';
import { exportAllData } from './data-export';
import { ErrorBoundary } from './error-boundary';
import { ROUTES, useRoute } from './router';
import { AppHeader } from './shell/app-header';
import { StorageBanner } from './shell/storage-banner';
import { UpdateBanner } from './shell/update-banner';
import { appStore } from './store/app-store';
import { useResolvedTheme } from './use-theme';

// Each tool beyond the start page is its own chunk, loaded when first opened.
// "Your data" is rarely opened: its import validation stays out of the start-up bundle.
const DataDialog = lazy(() => import('./shell/data-dialog').then((m) => ({ default: m.DataDialog })));
// A route module installs its tool's part of the store (see store/app-store.ts), then renders the tool.
// Not React.lazy: a Suspense reveal may wait on a 300 ms timer; a tool page loads its route before the
// first render (main.tsx), and a client-side visit shows the loading line until the chunk arrives.
// The fallback is also a tool page's prerendered shell (prerender.tsx): without JavaScript it says so.
function ToolLoading({ children }: { children: string }) {
  return (
    <>
      <noscript>
        <p className="notice">This tool runs in your browser and needs JavaScript. Nothing you type is sent anywhere.</p>
      </noscript>
      <p className="loading">{children}</p>
    </>
  );
}
export const IncidentRoute = lazyPart<object>(
  () => import('./routes/incident-route').then(async (m) => {
    await m.firstViewReady();
    return m.default;
  }),
  () => <ToolLoading>Loading the incident timer…</ToolLoading>,
);
export const PostmortemRoute = lazyPart<object>(
  () => import('./routes/postmortem-route').then((m) => m.default),
  () => <ToolLoading>Loading the postmortem editor…</ToolLoading>,
);

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
  // (src/boot/pre-hydration-input.ts): from the first commit React handles clicks itself.
  useLayoutEffect(() => {
    takeEarlyClicks();
    const root = main.current?.closest<HTMLElement>('#root');
    if (root) restoreFocus(root);
  }, []);
  useEffect(() => {
    const root = main.current?.closest<HTMLElement>('#root');
    if (root) void replayEarlyInput(root);
  }, []);

  useEffect(() => {
    const meta = ROUTES.find((r) => r.id === route);
    document.title = `${meta?.title ?? 'Outage Kit'} — Outage Kit`;
    // Move focus to the new page on client-side navigation, as a full page load would.
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [route]);

  // Each form, once mounted, gets back what was typed into it on the prerendered page (src/boot/).
  return (
    <FormMountedContext value={replayPreHydrationInput}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} theme={theme} onThemeChange={setTheme} />
      <StorageBanner />
      <UpdateBanner />
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {route === 'calculator' ? (
          <ErrorBoundary key="calculator" area="The calculator" onExportData={exportAllData}>
            <CalculatorStoreContext value={appStore}>
              <CalculatorPage embedSlot={<EmbedBuilder />} />
            </CalculatorStoreContext>
          </ErrorBoundary>
        ) : null}
        {route === 'incident' ? (
          <ErrorBoundary key="incident" area="The incident timer" onExportData={exportAllData}>
            <IncidentRoute />
          </ErrorBoundary>
        ) : null}
        {route === 'postmortem' ? (
          <ErrorBoundary key="postmortem" area="The postmortem editor" onExportData={exportAllData}>
            <PostmortemRoute />
          </ErrorBoundary>
        ) : null}
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
    </FormMountedContext>
  );
}
