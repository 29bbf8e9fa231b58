import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../domain/cost-inputs';
import { parseEmbedAttributes, parseEmbedParams } from './embed-params';
import {
  buildCostChangeExample,
  buildDocusaurusConfigSnippet,
  buildElementSnippet,
  buildElementTag,
  buildMdxIframeSnippet,
  buildMdxSnippet,
  buildMkDocsSnippet,
  buildEmbedUrl,
  buildIframeSnippet,
  buildResizeScript,
  DEFAULT_EMBED_OPTIONS,
  escapeHtmlAttribute,
  listChangedParams,
  type EmbedOptions,
} from './embed-snippets';

const PAGE = 'https://example.org/kit/embed.html';
const inputs: CostInputs = { ...DEFAULT_COST_INPUTS, minutes: 90, employees: 120, currency: 'EUR', slaTiers: [{ below: 99.5, credit: 20 }] };
const options: EmbedOptions = { theme: 'dark', sections: ['outage', 'revenue'], locked: ['currency'], title: 'Our "big" outage & <more>' };

/** Reads the attributes of the first tag named `tag` in `html` (enough for the snippets' simple markup). */
function readAttributes(html: string, tag: string): [string, string][] {
  const source = new RegExp(`<${tag}([^>]*)>`).exec(html)?.[1] ?? '';
  const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...source.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', decode(m[2] ?? '')]);
}

describe('listChangedParams', () => {
  it('lists only the values that differ from the defaults', () => {
    expect(listChangedParams(DEFAULT_COST_INPUTS)).toEqual([]);
    expect(listChangedParams(inputs)).toEqual([
      ['minutes', '90'],
      ['employees', '120'],
      ['slaTiers', '99.5:20'],
      ['currency', 'EUR'],
    ]);
  });
});

describe('buildEmbedUrl', () => {
  it('is the bare page for the defaults', () => {
    expect(buildEmbedUrl(`${PAGE}?old=1#x`, DEFAULT_COST_INPUTS, DEFAULT_EMBED_OPTIONS)).toBe(PAGE);
  });

  it('round-trips: the iframe page reads back the same inputs and options', () => {
    const url = buildEmbedUrl(PAGE, inputs, options);
    expect(url).toContain('slaTiers=99.5:20');
    const config = parseEmbedParams(url);
    expect(config.inputs).toEqual(inputs);
    expect(config).toMatchObject({ theme: 'dark', sections: ['outage', 'revenue'], title: options.title, notices: [] });
    expect([...config.locked]).toEqual(['currency']);
  });

  it('keeps an emptied title and section list, which hide the heading and the form', () => {
    const url = buildEmbedUrl(PAGE, inputs, { ...DEFAULT_EMBED_OPTIONS, title: '', sections: [] });
    expect(parseEmbedParams(url)).toMatchObject({ title: '', sections: [] });
  });
});

describe('buildIframeSnippet', () => {
  it('escapes the URL and title into attributes and falls back to a fixed height', () => {
    const html = buildIframeSnippet(buildEmbedUrl(PAGE, inputs, options), options);
    const attributes = Object.fromEntries(readAttributes(html, 'iframe'));
    expect(attributes.title).toBe(options.title);
    expect(attributes.id).toBe('outage-kit-calculator');
    expect(Number(attributes.height)).toBeGreaterThan(400);
    expect(parseEmbedParams(attributes.src ?? '').title).toBe(options.title);
    expect(html).not.toContain('<more>');
  });
});

describe('buildResizeScript', () => {
  it("checks the message's origin and source before sizing the frame", () => {
    const script = buildResizeScript('https://example.org');
    expect(script).toContain('event.origin !== "https://example.org"');
    expect(script).toContain('event.source !== frame.contentWindow');
    expect(script).toContain("'outage-kit:resize'");
  });

  it('cannot be broken out of by a hostile origin string', () => {
    expect(buildResizeScript('https://x</script><script>alert(1)')).not.toMatch(/<\/script><script>/);
  });
});

describe('buildElementSnippet', () => {
  it('writes kebab-case attributes that the element reads back to the same settings', () => {
    const html = buildElementSnippet('https://example.org/kit/embed.js', inputs, options);
    expect(html).toContain('<script type="module" src="https://example.org/kit/embed.js"></script>');
    const attributes = readAttributes(html, 'downtime-cost-calculator');
    expect(attributes.map(([name]) => name)).toEqual(['minutes', 'employees', 'sla-tiers', 'currency', 'theme', 'sections', 'lock', 'heading']);
    const config = parseEmbedAttributes(attributes);
    expect(config.inputs).toEqual(inputs);
    expect(config.title).toBe(options.title);
    expect(config.notices).toEqual([]);
  });

  it('is a bare tag for the defaults', () => {
    expect(buildElementSnippet('/embed.js', DEFAULT_COST_INPUTS, DEFAULT_EMBED_OPTIONS)).toMatch(
      /<downtime-cost-calculator><\/downtime-cost-calculator>$/,
    );
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes everything that could end an attribute or start a tag', () => {
    expect(escapeHtmlAttribute(`"><script>&`)).toBe('&quot;&gt;&lt;script&gt;&amp;');
  });
});

describe('snippets for docs sites', () => {
  const inputs = { ...DEFAULT_COST_INPUTS, minutes: 90, currency: 'EUR' };
  const options = { ...DEFAULT_EMBED_OPTIONS, theme: 'dark' as const, title: 'Cost of "our" outage <today>' };

  /** Syntax errors of a piece of JSX, as TypeScript's TSX parser reports them (MDX's JSX is the same syntax). */
  function listJsxErrors(jsx: string): string[] {
    const result = ts.transpileModule(`export const x = <>${jsx}</>;`, {
      fileName: 'snippet.tsx',
      reportDiagnostics: true,
      compilerOptions: { jsx: ts.JsxEmit.Preserve },
    });
    return (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('puts the element tag on one line, which Python-Markdown does not escape', () => {
    const tag = buildElementTag(inputs, options);
    expect(tag.split('\n')).toHaveLength(1);
    expect(tag).toContain('minutes="90"');
    expect(tag).toContain('theme="dark"');
  });

  it('wraps the MkDocs snippet in a raw-HTML block whose loader survives being re-run as a classic script', () => {
    const html = buildMkDocsSnippet('https://example.org/kit/embed.js', inputs, options);
    const lines = html.split('\n');
    expect(lines[0]).toBe('<div markdown="0">');
    expect(lines.at(-1)).toBe('</div>');
    expect(html).toContain('<script>import("https://example.org/kit/embed.js");</script>');
    expect(html).not.toContain('type="module"');
  });

  it('gives Docusaurus a JSX-valid tag and no inline script', () => {
    const mdx = buildMdxSnippet(inputs, options);
    expect(listJsxErrors(mdx)).toEqual([]);
    expect(mdx).not.toContain('<script');
  });

  it('gives an MDX iframe whose style is an object, valid JSX', () => {
    const url = buildEmbedUrl('https://example.org/kit/embed.html', inputs, options);
    const mdx = buildMdxIframeSnippet(url, options, 900);
    expect(listJsxErrors(mdx)).toEqual([]);
    expect(mdx).toContain("style={{ display: 'block', width: '100%', border: 0 }}");
    expect(mdx).toContain('height={900}');
    expect(mdx).not.toMatch(/style="/);
  });

  it('loads embed.js from docusaurus.config as a module on every page', () => {
    const config = buildDocusaurusConfigSnippet('https://example.org/kit/embed.js');
    expect(config).toContain(`{ src: "https://example.org/kit/embed.js", type: 'module', async: true }`);
    const body = config.split('\n').slice(1).join('\n');
    expect(ts.transpileModule(`export default { ${body} };`, { reportDiagnostics: true }).diagnostics).toEqual([]);
  });

  it('gives costchange examples that run twice without a redeclaration error', () => {
    for (const target of ['html', 'mkdocs'] as const) {
      const script = buildCostChangeExample(target).replace(/^<script>\n|\n<\/script>$/g, '');
      const listeners: unknown[] = [];
      const documentStub = {
        querySelector: () => ({ addEventListener: (...args: unknown[]) => listeners.push(args) }),
      };
      const subscribers = { subscribe: (run: () => void) => run() };
      // The same script text in one global scope twice, as instant navigation does.
      const context = { document: documentStub, document$: subscribers };
      expect(() => runInNewContext(`${script}\n${script}`, context), target).not.toThrow();
      expect(listeners, target).toHaveLength(2);
      // MkDocs Material runs a page's inline script before its bundle defines document$ (first visit).
      expect(() => runInNewContext(script, { document: documentStub }), target).not.toThrow();
      expect(listeners, target).toHaveLength(3);
    }
  });
});
