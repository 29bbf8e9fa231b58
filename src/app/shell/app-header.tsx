import { ROUTES, navigate, routeHref, START_ROUTE, type RouteId } from '../router';
import type { ThemePreference } from '../store/settings-slice';

interface AppHeaderProps {
  route: RouteId;
  theme: 'light' | 'dark';
  onThemeChange: (theme: ThemePreference) => void;
}

/** Brand, every tool as a real link (tool-data.mjs), and the theme toggle. */
export function AppHeader({ route, theme, onThemeChange }: AppHeaderProps) {
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a
          className="brand"
          href={routeHref(START_ROUTE)}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
            event.preventDefault();
            navigate(START_ROUTE);
          }}
        >
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" />
            <path d="M6 19h5l3-8 4 12 3-7h5" />
          </svg>
          <span>Outage Kit</span>
        </a>
        <nav className="tool-nav" aria-label="Tools">
          <ul>
            {ROUTES.map((r) => (
              <li key={r.id}>
                <a
                  href={routeHref(r.id)}
                  aria-current={r.id === route ? 'page' : undefined}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
                    event.preventDefault();
                    navigate(r.id);
                  }}
                >
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="icon-button theme-toggle"
          onClick={() => onThemeChange(next)}
          aria-label={`Switch to ${next} theme`}
          title={`Switch to ${next} theme`}
        >
          {theme === 'dark' ? (
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4.5" /><path d="M12 2v2.5M12 19.5V22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M2 12h2.5M19.5 12H22M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" /></svg>
          ) : (
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" /></svg>
          )}
        </button>
      </div>
    </header>
  );
}
