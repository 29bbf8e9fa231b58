// Every tool's store section, for what acts on all the data at once ("Import all data", "Clear all data").
// A tool with a section in tool-data.mjs has it in src/app/sections/<id>-section.ts, found here by file name
// (Vite's import.meta.glob, eager: static imports, so this module's importer, the lazily loaded "Your data",
// carries them, as it did before the registry). Apart from tools.ts so that the "Your data" chunk never
// imports the tools' pages.
import { ROUTES } from './router';
import type { AnySection } from './store/app-store';

const sectionModules = import.meta.glob<Record<string, unknown>>('./sections/*-section.ts', { eager: true });

function sectionOf(id: string): AnySection {
  const file = `./sections/${id}-section.ts`;
  const section = Object.values(sectionModules[file] ?? {}).find(
    (value): value is AnySection => typeof value === 'object' && value !== null && (value as { key?: unknown }).key === id,
  );
  // At build time and in tests (tools.test.ts), never only in a user's browser.
  if (!section) throw new Error(`The tool "${id}" has a section in tool-data.mjs but src/app/sections/${id}-section.ts exports no section with key "${id}".`);
  return section;
}

/** Every tool's store section, in nav order. */
export const TOOL_SECTIONS: readonly AnySection[] = ROUTES.flatMap((tool) => (tool.section ? [sectionOf(tool.id)] : []));
