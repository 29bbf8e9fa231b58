// The tools whose saved data is a section of the app state, read from the tool registry (src/app/tool-data.mjs):
// the store, its saved shape and the tab merge all go through this list.
import { TOOL_DATA } from '../tool-data.mjs';

/** A tool whose data is a section of the app state (a registry entry with a `section`). */
export type SectionKey = Extract<(typeof TOOL_DATA)[number], { section: object }>['id'];
export const SECTION_KEYS: readonly SectionKey[] = TOOL_DATA.flatMap((tool) => (tool.section ? [tool.id as SectionKey] : []));

/** How each section is laid out in storage: the field holding its items (one key each) and its deletions. */
export const SECTION_SPLIT = Object.fromEntries(
  TOOL_DATA.flatMap((tool) => (tool.section ? [[tool.id, { items: tool.section.items, deleted: tool.section.deleted }]] : [])),
) as Record<SectionKey, { items: string; deleted: string }>;
