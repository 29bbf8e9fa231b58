import { describe, expect, it } from 'vitest';
import { forgetInlinedCss, inlineCss } from './inline-css-plugin.ts';
import { asset, bundleOf, chunk, generateBundle } from './plugin-harness.ts';

const page = (links: string) => `<html><head>${links}</head><body><div id="root"></div></body></html>`;

describe('inline-css plugin', () => {
  it("replaces a page's stylesheet link by its CSS and keeps the CSS file", async () => {
    const bundle = bundleOf(
      asset('index.html', page('<link rel="icon" href="./favicon.svg"><link rel="stylesheet" crossorigin href="./assets/index-1.css">')),
      asset('assets/index-1.css', 'body{margin:0}'),
    );
    await generateBundle(inlineCss(), bundle);
    expect(String((bundle['index.html'] as { source: string }).source)).toBe(page('<link rel="icon" href="./favicon.svg" /><style>body{margin:0}</style>'));
    expect(bundle['assets/index-1.css']).toBeDefined();
  });

  it('keeps the link for CSS that would close the <style> element, or a file not in the bundle', async () => {
    const links = '<link rel="stylesheet" href="./assets/a.css" /><link rel="stylesheet" href="https://example.com/b.css" />';
    const bundle = bundleOf(asset('index.html', page(links)), asset('assets/a.css', 'a::after{content:"</STYLE>"}'));
    await generateBundle(inlineCss(), bundle);
    expect(String((bundle['index.html'] as { source: string }).source)).toBe(page(links));
  });

  it("points the chunks' dependency lists at an already loaded chunk instead of the inlined file", () => {
    const bundle = bundleOf(chunk('assets/route-2.js', 'const deps=["assets/index-1.css","./index-1.css","assets/route-2.css"]'));
    forgetInlinedCss(bundle, new Set(['assets/index-1.css']));
    expect((bundle['assets/route-2.js'] as { code: string }).code).toBe('const deps=["./route-2.js","./route-2.js","assets/route-2.css"]');
  });
});
