import { describe, expect, it } from 'vitest';
import { prerender, prerendered } from './prerender-plugin.ts';
import { transformIndexHtml } from './plugin-harness.ts';

const PAGE = '<!doctype html>\n<html><head><meta charset="UTF-8" /></head><body>\n    <div id="root"></div>\n  </body></html>';
const RENDERED = { html: '<main><!--$--><input name="a" value="1"/><p>Ready &amp; waiting</p><!--/$--></main>', locale: 'en-US' };

describe('prerender plugin', () => {
  it('renders the page into #root, markers outside it, hydration comments kept', () => {
    const html = prerendered(PAGE, RENDERED, true);
    expect(html).toContain('<!--prerendered--><div id="root" data-prerendered="en-US"><main><!--$--><input name="a" value="1" /><p>Ready &amp; waiting</p><!--/$--></main></div><!--/prerendered-->');
    expect(html.startsWith('<!doctype html>\n<html><head><meta charset="UTF-8" /></head>')).toBe(true);
  });

  it('only touches its own page, and adds the tags that page needs', async () => {
    const plugin = prerender({
      page: '/embed.html',
      render: async () => RENDERED,
      missing: 'not built',
      tags: async () => [{ tag: 'script', children: 'x()', injectTo: 'head' }],
    });
    expect((await transformIndexHtml(plugin, PAGE, '/index.html')).result).toBe(PAGE);
    const { result } = await transformIndexHtml(plugin, PAGE, '/embed.html');
    expect(result).toEqual({ html: expect.stringContaining('data-prerendered="en-US"'), tags: [{ tag: 'script', children: 'x()', injectTo: 'head' }] });
  });

  it('leaves the page as it is, with a warning, when the renderer was not built', async () => {
    const plugin = prerender({ page: '/index.html', render: async () => null, missing: 'not built' });
    const { result, warnings } = await transformIndexHtml(plugin, PAGE);
    expect(result).toBe(PAGE);
    expect(warnings).toEqual(['not built']);
  });
});
