import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../domain/cost-inputs';
import {
  buildCostChangeExample,
  buildDocusaurusConfigSnippet,
  buildElementSnippet,
  buildEmbedUrl,
  buildIframeSnippet,
  buildMdxIframeSnippet,
  buildMdxSnippet,
  buildMkDocsSnippet,
  buildResizeScript,
  DEFAULT_EMBED_OPTIONS,
} from './embed-snippets';
import { EMBED_TARGETS, isEmbedTarget, listEmbedTargetSnippets, type EmbedSnippetContext } from './embed-targets';

const context: EmbedSnippetContext = {
  embedPageUrl: 'https://tools.example.com/embed.html',
  scriptUrl: 'https://tools.example.com/embed.js',
  origin: 'https://tools.example.com',
  inputs: { ...DEFAULT_COST_INPUTS, minutes: 90, employees: 120, currency: 'EUR' },
  options: { ...DEFAULT_EMBED_OPTIONS, title: 'Our "last" outage', theme: 'dark' },
  height: 960,
};
const embedUrl = buildEmbedUrl(context.embedPageUrl, context.inputs, context.options);
const codes = (target: (typeof EMBED_TARGETS)[number]) =>
  Object.fromEntries(listEmbedTargetSnippets(target, context).map((s) => [s.key, s.code]));

describe('listEmbedTargetSnippets', () => {
  it('gives plain HTML the element, the iframe with its auto-height script and the listener, verbatim', () => {
    expect(codes('html')).toEqual({
      element: buildElementSnippet(context.scriptUrl, context.inputs, context.options),
      iframe: `${buildIframeSnippet(embedUrl, context.options, 960)}\n${buildResizeScript(context.origin)}`,
      costchange: buildCostChangeExample('html'),
    });
  });

  it('gives MkDocs the raw-block element, the iframe and the re-runnable listener, verbatim', () => {
    expect(codes('mkdocs')).toEqual({
      element: buildMkDocsSnippet(context.scriptUrl, context.inputs, context.options),
      iframe: `${buildIframeSnippet(embedUrl, context.options, 960)}\n${buildResizeScript(context.origin)}`,
      costchange: buildCostChangeExample('mkdocs'),
    });
  });

  it('gives Docusaurus the MDX tag together with the config entry that loads its script, and the MDX iframe', () => {
    expect(codes('docusaurus')).toEqual({
      element: buildMdxSnippet(context.inputs, context.options),
      config: buildDocusaurusConfigSnippet(context.scriptUrl),
      iframe: buildMdxIframeSnippet(embedUrl, context.options, 960),
    });
  });

  it('gives Notion and GitBook the link only', () => {
    expect(codes('url')).toEqual({ url: embedUrl });
  });

  it('names every snippet and its Copy button uniquely within a tab, and says where it goes', () => {
    for (const target of EMBED_TARGETS) {
      const snippets = listEmbedTargetSnippets(target, context);
      expect(new Set(snippets.map((s) => s.title)).size).toBe(snippets.length);
      expect(new Set(snippets.map((s) => s.copy)).size).toBe(snippets.length);
      for (const s of snippets) expect(s.where.length).toBeGreaterThan(20);
    }
  });
});

describe('isEmbedTarget', () => {
  it('accepts the four targets and nothing else a stored value could hold', () => {
    for (const target of EMBED_TARGETS) expect(isEmbedTarget(target)).toBe(true);
    for (const bad of ['', 'HTML', 'notion', null, 3, '__proto__', 'constructor']) expect(isEmbedTarget(bad)).toBe(false);
  });
});
