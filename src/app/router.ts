// A path router small enough to read: each tool has a real URL (`./`, `./incident/`, `./postmortem/`) that
// the build also emits as an HTML file, so reloads and bookmarks work on any static host and sub-path.
import { useSyncExternalStore } from 'react';

export type RouteId = 'calculator' | 'incident' | 'postmortem';

export const ROUTES: { id: RouteId; label: string; path: string; title: string }[] = [
  { id: 'calculator', label: 'Calculator', path: '', title: 'Downtime cost calculator' },
  { id: 'incident', label: 'Incident', path: 'incident/', title: 'Incident checklist timer' },
  { id: 'postmortem', label: 'Postmortem', path: 'postmortem/', title: 'Blameless postmortem' },
];

const TOOL_SEGMENT = /\/(incident|postmortem)(\/(index\.html)?)?$/;

/** Splits a pathname into the app's root (with trailing slash) and the tool it names. */
export function parseRoute(pathname: string): { route: RouteId; root: string } {
  const match = TOOL_SEGMENT.exec(pathname);
  if (match) return { route: match[1] as RouteId, root: pathname.slice(0, match.index + 1) };
  const root = pathname.endsWith('/') ? pathname : pathname.slice(0, pathname.lastIndexOf('/') + 1);
  return { route: 'calculator', root: root || '/' };
}

/** The href of a route from the current location (absolute path, so it is right from any page). */
export function routeHref(route: RouteId, search = ''): string {
  const path = ROUTES.find((r) => r.id === route)?.path ?? '';
  // Prerendering (no window) happens for the start page, where links relative to it are right.
  if (typeof window === 'undefined') return `./${path}${search}`;
  const { root } = parseRoute(window.location.pathname);
  return `${root}${path}${search}`;
}

const NAVIGATE_EVENT = 'outage-kit:navigate';

/** Client-side navigation; the URL stays a real, reloadable address. */
export function navigate(route: RouteId, search = ''): void {
  window.history.pushState(null, '', routeHref(route, search));
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

// The route rendered at build time (prerender.tsx): the start page, or a tool page's shell.
let prerenderedRoute: RouteId = 'calculator';

/** Build time only: which page the next server render is for. */
export function setPrerenderedRoute(route: RouteId): void {
  prerenderedRoute = route;
}

/** The current route, re-rendering on navigation. */
export function useRoute(): RouteId {
  return useSyncExternalStore(
    subscribe,
    () => parseRoute(window.location.pathname).route,
    () => prerenderedRoute,
  );
}

/** The current query string, re-rendering on navigation. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => '');
}
