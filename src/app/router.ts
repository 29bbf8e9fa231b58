// A path router small enough to read: each tool has a real URL (`./`, `./incident/`, `./postmortem/`, from
// tool-data.mjs) that the build also emits as an HTML file, so reloads and bookmarks work on any static host
// and sub-path.
import { useSyncExternalStore } from 'react';
import { TOOL_DATA } from './tool-data.mjs';

/** The tools, as plain data (tool-data.mjs): ids, paths, labels and titles. */
export type ToolData = (typeof TOOL_DATA)[number];
export type RouteId = ToolData['id'];
/** The tools that have a page of their own (`<id>/index.html`), beside the start page. */
export type ToolPageId = Extract<ToolData, { prerender: 'tool' }>['id'];

export const ROUTES: readonly ToolData[] = TOOL_DATA;

/** One tool's data, typed by its id (so `toolData('incident').section` is known not to be null). */
export function toolData<Id extends RouteId>(id: Id): Extract<ToolData, { id: Id }> {
  return TOOL_DATA.find((tool): tool is Extract<ToolData, { id: Id }> => tool.id === id) as Extract<ToolData, { id: Id }>;
}

/** The start page's tool (the one whose path is the app's root). */
export const START_ROUTE: RouteId = (TOOL_DATA.find((tool) => tool.path === '') ?? TOOL_DATA[0]).id;

/** Splits a pathname into the app's root (with trailing slash) and the tool it names. */
export function parseRoute(pathname: string): { route: RouteId; root: string } {
  // A tool page is `<root><tool>`, `<root><tool>/` or `<root><tool>/index.html`.
  const page = pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
  const dir = page.endsWith('/') ? page.slice(0, -1) : page;
  const slash = dir.lastIndexOf('/');
  const segment = `${dir.slice(slash + 1)}/`;
  const tool = slash >= 0 && segment !== '/' ? TOOL_DATA.find((t) => t.path === segment) : undefined;
  if (tool) return { route: tool.id, root: dir.slice(0, slash + 1) };
  const root = pathname.endsWith('/') ? pathname : pathname.slice(0, pathname.lastIndexOf('/') + 1);
  return { route: START_ROUTE, root: root || '/' };
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
let prerenderedRoute: RouteId = START_ROUTE;

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
