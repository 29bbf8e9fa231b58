// Puts every module the start page imports statically (all it runs before any user action) into one chunk beside
// the entry. Left to itself, Rolldown splits the modules that lazy chunks share with the start page into several
// small common chunks (the store, the router, the cost form, React…): each is another file in the first load,
// and gzip compresses them apart, so the same code costs more bytes.
import type { Plugin, Rolldown } from 'vite';

export interface StartUpChunk {
  plugin: Plugin;
  /** The `output.codeSplitting` groups that gather the start page's modules into one chunk named `start`. */
  groups: Rolldown.CodeSplittingGroup[];
}

type ModuleGraph = { getModuleIds(): IterableIterator<string>; getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null };

/**
 * The modules reachable from the entries by static imports, the entries themselves left out (they keep their
 * chunk). An HTML page is an entry whose scripts are its imports: they stay in the entry chunk too, or the page's
 * own script would be left holding nothing but the bundler's runtime.
 */
export function collectStaticGraph(graph: ModuleGraph): Set<string> {
  const roots = [...graph.getModuleIds()].filter((id) => graph.getModuleInfo(id)?.isEntry);
  const entries = roots.flatMap((id) => (id.endsWith('.html') ? [id, ...(graph.getModuleInfo(id)?.importedIds ?? [])] : [id]));
  const found = new Set<string>();
  const queue = entries.flatMap((id) => graph.getModuleInfo(id)?.importedIds ?? []);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (found.has(id) || entries.includes(id)) continue;
    found.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

export function startUpChunk(): StartUpChunk {
  let startUp = new Set<string>();
  return {
    plugin: {
      name: 'outage-kit:start-up-chunk',
      apply: 'build',
      // After the module graph is complete and before chunks are made (the groups' `test` runs then).
      buildEnd() {
        startUp = collectStaticGraph(this);
      },
    },
    groups: [{ name: 'start', test: (id: string) => startUp.has(id) }],
  };
}
