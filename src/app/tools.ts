// The tool registry: one array, as tldraw's `defaultTools`. Each tool's plain data (id, path, label, title,
// error-boundary area, loading line, section, budget) is in tool-data.mjs, which Node scripts and lint read
// too; this adds its page. A tool page's route module is src/app/routes/<id>-route.tsx, found by file name
// (Vite's import.meta.glob, lazy: one chunk each, loaded when the tool first opens), so adding a tool adds no
// line here; its store section is found the same way by tool-sections.ts. The start page's route is
// imported, not loaded: it is prerendered and hydrated from the start-up bundle. See docs/ARCHITECTURE.md.
import { createElement, type ReactNode } from 'react';
import { lazyPart } from '../components/ui/lazy-part';
import { ROUTES, type RouteId, type ToolData } from './router';
import StartRoute from './routes/calculator-route';
import { ToolLoading } from './shell/tool-loading';

/** What a route module exports: its page and, optionally, what its first view waits for before it renders. */
interface RouteModule {
  default: () => ReactNode;
  firstViewReady?: () => Promise<unknown>;
}

const routeModules = import.meta.glob<RouteModule>(['./routes/*-route.tsx', '!./routes/calculator-route.tsx']);

/** A tool's page: a component, and a way to load its code before it first renders. */
export interface ToolPage {
  (props: object): ReactNode;
  preload: () => Promise<unknown>;
}

export type Tool = ToolData & { Page: ToolPage };

function StartPage() {
  return createElement(StartRoute);
}
StartPage.preload = () => Promise.resolve();

function moduleOf<M>(modules: Record<string, () => Promise<M>>, file: string, id: string): () => Promise<M> {
  const load = modules[file];
  // At build time and in tests (tools.test.ts), never only in a user's browser.
  if (!load) throw new Error(`The tool "${id}" has no ${file.replace('./', 'src/app/')}.`);
  return load;
}

function toolPage(tool: ToolData): ToolPage {
  if (tool.prerender === 'start') return StartPage;
  const load = moduleOf(routeModules, `./routes/${tool.id}-route.tsx`, tool.id);
  return lazyPart<object>(
    () =>
      load().then(async (m) => {
        await m.firstViewReady?.();
        return m.default;
      }),
    () => createElement(ToolLoading, { children: tool.loading ?? '' }),
  );
}

/** Every tool, in nav order. */
export const TOOLS: readonly Tool[] = ROUTES.map((tool) => ({ ...tool, Page: toolPage(tool) }));

/** A tool by its route id. */
export function toolById(id: RouteId): Tool {
  return TOOLS.find((tool) => tool.id === id) ?? (TOOLS[0] as Tool);
}
