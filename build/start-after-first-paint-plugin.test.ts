import { describe, expect, it } from 'vitest';
import { deferScripts, startAfterFirstPaint } from './start-after-first-paint-plugin.ts';
import { parseHtml } from './html.ts';
import { asset, bundleOf, generateBundle } from './plugin-harness.ts';

const tags = '<script type="module" crossorigin src="./assets/index-1.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/vendor-2.js">\n    ';
const page = (root: string) => `<html><head>\n    ${tags}<title>T</title></head><body>${root}</body></html>`;

describe('start-after-first-paint plugin', () => {
  it("replaces a prerendered page's script tags by one inline loader of the same files", async () => {
    const html = await deferScripts(page('<div id="root" data-prerendered="en-US"><p>Hi</p></div>'));
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload" crossorigin href');
    expect(html).toContain('<head>\n    <title>T</title></head>');
    const loader = parseHtml(html).querySelector('body > script:last-child')?.rawText ?? '';
    expect(loader).toContain('./assets/index-1.js');
    expect(loader).toContain('./assets/vendor-2.js');
    expect(loader).toContain('first-contentful-paint');
  });

  it('also defers a tool page (its shell), and leaves pages without prerendered content alone', async () => {
    const bundle = bundleOf(asset('incident/index.html', page('<div id="root" data-shell="incident"></div>')), asset('other.html', page('<div id="root"></div>')));
    await generateBundle(startAfterFirstPaint(), bundle);
    expect(String((bundle['incident/index.html'] as { source: string }).source)).not.toContain('<script type="module"');
    expect(String((bundle['other.html'] as { source: string }).source)).toBe(page('<div id="root"></div>'));
  });

  it('starts at once on a page marked data-wait only where asked to (embed.html)', async () => {
    const root = '<div id="root" data-prerendered="en-US"></div>';
    expect(await deferScripts(page(root), true)).toContain('data-wait');
    expect(await deferScripts(page(root), false)).not.toContain('data-wait');
  });
});
