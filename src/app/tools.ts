// The tool registry: one array, as tldraw's `defaultTools`. Each tool's plain data (id, path, label, title,
// error-boundary area, loading line, section, budget) is in tool-data.mjs, which Node scripts and lint read
// too; this adds its code. A tool page's route module is src/app/routes/<id>-route.tsx and its store section
// (if it has one) src/app/sections/<id>-section.ts, found by file name (Vite's import.meta.glob, lazy: one chunk
// each, loaded when the tool first opens), so adding a tool adds no line here. The start page's route is
// imported, not loaded: it is prerendered and hydrated from the start-up bundle. See docs/ARCHITECTURE.md.
import { createElement, type ReactNode } from 'react';
import { lazyPart } from '../components/ui/lazy-part';
import { ROUTES, type RouteId, type ToolData } from './router';
import StartRoute from './routes/calculator-route';
import { ToolLoading } from './shell/tool-loading';
import type { AnySection } from './store/app-store';

/** What a route module exports: its page and, optionally, what its first view waits for before it renders. */
interface RouteModule {
  default: () => ReactNode;
  firstViewReady?: () => Promise<unknown>;
}

const routeModules = import.meta.glob<RouteModule>(['./routes/*-route.tsx', '!./routes/calculator-route.tsx']);
const sectionModules = import.meta.glob<Record<string, unknown>>('./sections/*-section.ts');

/** A tool's page: a component, and a way to load its code before it first renders. */
export interface ToolPage {
  (props: object): ReactNode;
  preload: () => Promise<unknown>;
}

export type Tool = ToolData & {
  Page: ToolPage;
  /** Its store section, loaded (null: the tool's state is part of the core store). */
  loadSection: (() => Promise<AnySection>) | null;
};

function StartPage() {
  return createElement(StartRoute);
}
StartPage.preload = () => Promise.resolve();

function moduleOf<M>(modules: Record<string, () => Promise<M>>, file: string, id: string): () => Promise<M> {
  const load = modules[file];
  // At build time and in tests (tools.test.ts), not in a user's browser.
  if (!load) throw new Error(`The tool "${id}" has no ${file.replace('./', 'src/app/')}.`);
  return load;
}

function isSectionOf(id: string) {
  return (value: unknown): value is AnySection =>
    typeof value === 'object' && value !== null && (value as { key?: unknown }).key === id;
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

function sectionLoader(tool: ToolData): Tool['loadSection'] {
  if (!tool.section) return null;
  const load = moduleOf(sectionModules, `./sections/${tool.id}-section.ts`, tool.id);
  return () =>
    load().then((m) => {
      const section = Object.values(m).find(isSectionOf(tool.id));
      if (!section) throw new Error(`src/app/sections/${tool.id}-section.ts exports no section with key "${tool.id}".`);
      return section;
    });
}

/** Every tool, in nav order. */
export const TOOLS: readonly Tool[] = ROUTES.map((tool) => ({ ...tool, Page: toolPage(tool), loadSection: sectionLoader(tool) }));

/** A tool by its route id. */
export function toolById(id: RouteId): Tool {
  return TOOLS.find((tool) => tool.id === id) ?? (TOOLS[0] as Tool);
}

/** Every tool's store section, loaded: what "Import all data" and "Clear all data" act on. */
export function loadAllSections(): Promise<AnySection[]> {
  return Promise.all(TOOLS.flatMap((tool) => (tool.loadSection ? [tool.loadSection()] : [])));
}
