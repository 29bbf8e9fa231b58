import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { CalculatorPage } from '../features/calculator/components/calculator-page';
import { CalculatorStoreContext } from '../features/calculator/store/calculator-store-context';
import { exportAllData } from './data-export';
import { ErrorBoundary } from './error-boundary';
import { ROUTES, useRoute } from './router';
import { AppHeader } from './shell/app-header';
import { StorageBanner } from './shell/storage-banner';
import { appStore } from './store/app-store';
import { useResolvedTheme } from './use-theme';

/** The shell: header, the current tool inside its own error boundary, and the footer. */
export function App() {
  const route = useRoute();
  const themePreference = useStore(appStore, (s) => s.settings.theme);
  const setTheme = useStore(appStore, (s) => s.setTheme);
  const theme = useResolvedTheme(themePreference);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    const meta = ROUTES.find((r) => r.id === route);
    document.title = `${meta?.title ?? 'Outage Kit'} — Outage Kit`;
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
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        {route === 'calculator' ? (
          <ErrorBoundary key="calculator" area="The calculator" onExportData={exportAllData}>
            <CalculatorStoreContext value={appStore}>
              <CalculatorPage />
            </CalculatorStoreContext>
          </ErrorBoundary>
        ) : null}
        {route === 'incident' ? <ComingNext title="Incident checklist timer" /> : null}
        {route === 'postmortem' ? <ComingNext title="Blameless postmortem generator" /> : null}
      </main>
      <footer className="app-footer">
        <p>
          Everything you type stays in this browser: no account, no server, no tracking.{' '}
          {themePreference !== 'system' ? (
            <button type="button" className="link-button" onClick={() => setTheme('system')}>
              Follow the system theme
            </button>
          ) : null}
        </p>
      </footer>
    </>
  );
}

function ComingNext({ title }: { title: string }) {
  return (
    <section className="panel">
      <h1>{title}</h1>
      <p>Coming next. The downtime cost calculator is ready to use now.</p>
    </section>
  );
}

