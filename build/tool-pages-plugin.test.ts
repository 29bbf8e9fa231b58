import { describe, expect, it } from 'vitest';
import { TOOL_ROUTES, toolPage, toolPages } from './tool-pages-plugin.ts';
import { parseHtml } from './html.ts';
import { asset, bundleOf, chunk, generateBundle } from './plugin-harness.ts';

const START = [
  '<html><head><title>Outage Kit</title><link rel="icon" href="./favicon.svg" />',
  '<script type="module" crossorigin src="./assets/index-1.js"></script></head><body>',
  '<!--prerendered--><div id="root" data-prerendered="en-US"><p>calculator</p></div><!--/prerendered-->',
  '<noscript>Needs JavaScript.</noscript></body></html>',
].join('');
const TOOL = { shell: '<header><a href="./">Home</a></header><p class="loading">Loading…</p>', firstView: '<form><button>Declare</button></form>', title: 'Incident — Outage Kit' };

describe('tool-pages plugin', () => {
  it("builds a tool's page from the start page: its shell, first view and title, URLs one level up", () => {
    const html = toolPage(START, 'incident', { scripts: ['assets/incident-route-3.js'], styles: ['assets/incident-route-3.css'] }, TOOL, 'show()');
    expect(html).toBe(
      [
        '<html><head><title>Incident — Outage Kit</title><link rel="icon" href="../favicon.svg" />',
        '<script type="module" crossorigin src="../assets/index-1.js"></script>',
        '<link rel="modulepreload" crossorigin href="../assets/incident-route-3.js" /><link rel="stylesheet" crossorigin href="../assets/incident-route-3.css" /></head><body>',
        '<template id="first-view"><form><button>Declare</button></form></template>',
        '<div id="root" data-shell="incident"><header><a href="../">Home</a></header><p class="loading">Loading…</p></div>',
        '<script>show()</script></body></html>',
      ].join(''),
    );
  });

  it('emits one page per tool, preloading only the route files the start page does not request', async () => {
    const bundle = bundleOf(
      asset('index.html', START),
      chunk('assets/index-1.js', ''),
      chunk('assets/incident-route-3.js', '', { isDynamicEntry: true, facadeModuleId: '/app/src/app/routes/incident-route.tsx', imports: ['assets/index-1.js', 'assets/timer-4.js'] }),
      chunk('assets/timer-4.js', ''),
    );
    const rendered: string[] = [];
    await generateBundle(
      toolPages(async () => ({
        renderToolPage: async (route) => {
          rendered.push(route);
          return TOOL;
        },
      })),
      bundle,
    );
    expect(rendered).toEqual([...TOOL_ROUTES]);
    const incident = String((bundle['incident/index.html'] as { source: string }).source);
    expect(incident).toContain('<link rel="modulepreload" crossorigin href="../assets/incident-route-3.js" /><link rel="modulepreload" crossorigin href="../assets/timer-4.js" />');
    expect(incident).not.toContain('modulepreload" crossorigin href="../assets/index-1.js"');
    // The first-view script, compiled from build/inline/show-first-view.ts with the tool's saved sections.
    const inlineScript = (html: string) => parseHtml(html).querySelector('body > script:last-child')?.rawText ?? '';
    expect(inlineScript(incident)).toContain('outage-kit:state');
    expect(inlineScript(incident)).toContain('first-view');
    expect(inlineScript(String((bundle['postmortem/index.html'] as { source: string }).source))).toContain('["incident","postmortem"]');
  });

  it('copies the start page as it is (one level down) when the renderer was not built', async () => {
    const bundle = bundleOf(asset('index.html', START));
    await generateBundle(toolPages(async () => null), bundle);
    const html = String((bundle['incident/index.html'] as { source: string }).source);
    expect(html).toContain('<div id="root" data-prerendered="en-US"><p>calculator</p></div>');
    expect(html).toContain('src="../assets/index-1.js"');
  });
});
