import { describe, expect, it } from 'vitest';
import { collectStaticGraph, startUpChunk } from './start-up-chunk-plugin.ts';

/** A module graph: each module's static imports; `lazy` modules are only imported dynamically. */
function graphOf(entries: string[], imports: Record<string, string[]>) {
  const ids = [...new Set([...entries, ...Object.keys(imports), ...Object.values(imports).flat()])];
  return {
    getModuleIds: () => ids.values(),
    getModuleInfo: (id: string) => (ids.includes(id) ? { isEntry: entries.includes(id), importedIds: imports[id] ?? [] } : null),
  };
}

describe('startUpChunk', () => {
  // main imports app and react statically; the incident route (dynamic) shares the store with it.
  const graph = graphOf(['main'], { main: ['app', 'react'], app: ['store', 'router'], store: ['router'], 'incident-route': ['store', 'timer'] });

  it('gathers what the start page imports statically, not the entry itself nor what only a lazy chunk imports', () => {
    expect([...collectStaticGraph(graph)].sort()).toEqual(['app', 'react', 'router', 'store']);
  });

  it('keeps an HTML page\'s own script in the entry chunk', () => {
    const page = graphOf(['/index.html'], { '/index.html': ['main'], main: ['app'], app: ['store'] });
    expect([...collectStaticGraph(page)].sort()).toEqual(['app', 'store']);
  });

  it('gives one `start` group whose test matches exactly those modules once the graph is built', () => {
    const { plugin, groups } = startUpChunk();
    const test = groups[0]?.test as (id: string) => boolean;
    expect(groups[0]?.name).toBe('start');
    expect(test('store')).toBe(false);
    (plugin.buildEnd as (this: unknown) => void).call(graph);
    expect(['main', 'app', 'store', 'router', 'react', 'timer', 'incident-route'].filter(test)).toEqual(['app', 'store', 'router', 'react']);
  });
});
