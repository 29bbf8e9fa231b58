// What the embed builder offers for each place a docs writer pastes into: every snippet that target needs, each
// exactly as the snippet builders emit it (the docs-sites e2e builds real sites from the same functions), with
// one sentence saying where it goes. Pure: the builder renders the list, tests compare it with the builders.
import type { CostInputs } from '../domain/cost-inputs';
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
  type EmbedOptions,
} from './embed-snippets';

/** The builder's tabs, in order. */
export const EMBED_TARGETS = ['html', 'mkdocs', 'docusaurus', 'url'] as const;
export type EmbedTarget = (typeof EMBED_TARGETS)[number];

export const EMBED_TARGET_LABELS: Record<EmbedTarget, string> = {
  html: 'Plain HTML',
  mkdocs: 'MkDocs',
  docusaurus: 'Docusaurus (MDX)',
  url: 'Notion / GitBook',
};

/** One sentence under each tab, before its snippets: what the target can take. */
export const EMBED_TARGET_INTROS: Record<EmbedTarget, string> = {
  html: 'For a page whose HTML you write: the custom element fits into your page, the iframe works anywhere.',
  mkdocs:
    'For a Markdown page of MkDocs 1.4 or later, with or without Material for MkDocs and its instant navigation. Nothing to add to mkdocs.yml.',
  docusaurus: 'For an .mdx or .md page of Docusaurus 3. MDX runs no script in a page, so the element’s script goes in the site’s config.',
  url: 'Notion and GitBook take a link, not code: paste this URL into an embed block and they show the calculator in an iframe.',
};

/** Is this text one of the targets (a stored choice is untrusted text)? */
export function isEmbedTarget(value: unknown): value is EmbedTarget {
  return typeof value === 'string' && (EMBED_TARGETS as readonly string[]).includes(value);
}

export interface EmbedTargetSnippet {
  /** Stable within a target, for element ids. */
  key: string;
  /** The textarea's label; also names its Copy button. */
  title: string;
  /** Where it goes, in one sentence. */
  where: string;
  /** The Copy button's name. */
  copy: string;
  code: string;
}

export interface EmbedSnippetContext {
  /** Absolute URL of embed.html. */
  embedPageUrl: string;
  /** Absolute URL of embed.js. */
  scriptUrl: string;
  /** The origin serving both, for the auto-height script's check. */
  origin: string;
  inputs: CostInputs;
  options: EmbedOptions;
  /** The iframe's fixed height, when known (the preview's measured height). */
  height?: number;
}

/** Every snippet a target needs, in the order a docs writer uses them. */
export function listEmbedTargetSnippets(target: EmbedTarget, context: EmbedSnippetContext): EmbedTargetSnippet[] {
  const { embedPageUrl, scriptUrl, origin, inputs, options, height } = context;
  const embedUrl = buildEmbedUrl(embedPageUrl, inputs, options);
  switch (target) {
    case 'html':
      return [
        {
          key: 'element',
          title: 'Custom element',
          copy: 'Copy custom element code',
          where:
            'Paste both lines where the calculator goes (the script may move to <head>; load it once per page). Your CSS does not reach it.',
          code: buildElementSnippet(scriptUrl, inputs, options),
        },
        {
          key: 'iframe',
          title: 'iframe (works everywhere)',
          copy: 'Copy iframe code',
          where: 'Paste where the calculator goes. The script sizes the frame to its content; without it the frame keeps this height.',
          code: `${buildIframeSnippet(embedUrl, options, height)}\n${buildResizeScript(origin)}`,
        },
        {
          key: 'costchange',
          title: 'Read the result (optional)',
          copy: 'Copy listener code',
          where: 'After the custom element, if your page uses the figures: the element fires costchange with every new total.',
          code: buildCostChangeExample('html'),
        },
      ];
    case 'mkdocs':
      return [
        {
          key: 'element',
          title: 'Custom element for MkDocs',
          copy: 'Copy MkDocs element code',
          where: 'Paste into the .md page as it is, with a blank line before and after: <div markdown="0"> keeps Markdown off the tag.',
          code: buildMkDocsSnippet(scriptUrl, inputs, options),
        },
        {
          key: 'iframe',
          title: 'iframe for MkDocs',
          copy: 'Copy MkDocs iframe code',
          where: 'Or paste this into the .md page instead, with a blank line before and after; the script sizes the frame.',
          code: `${buildIframeSnippet(embedUrl, options, height)}\n${buildResizeScript(origin)}`,
        },
        {
          key: 'costchange',
          title: 'Read the result (optional)',
          copy: 'Copy listener code',
          where: 'After the custom element, if the page uses the figures; it runs again safely on instant navigation.',
          code: buildCostChangeExample('mkdocs'),
        },
      ];
    case 'docusaurus':
      return [
        {
          key: 'element',
          title: 'Custom element tag for the MDX page',
          copy: 'Copy MDX tag',
          where: 'Paste into the .mdx (or .md) page where the calculator goes.',
          code: buildMdxSnippet(inputs, options),
        },
        {
          key: 'config',
          title: 'Script entry for docusaurus.config.js',
          copy: 'Copy config entry',
          where:
            'Add once to the config’s scripts list: it loads the element on every page, so links between pages never leave it blank.',
          code: buildDocusaurusConfigSnippet(scriptUrl),
        },
        {
          key: 'iframe',
          title: 'iframe for the MDX page',
          copy: 'Copy MDX iframe code',
          where: 'Or paste this into the page instead, with no config: MDX runs no script, so the frame keeps this height.',
          code: buildMdxIframeSnippet(embedUrl, options, height),
        },
      ];
    case 'url':
      return [
        {
          key: 'url',
          title: 'Embed link',
          copy: 'Copy embed link',
          where: 'Notion: type /embed and paste it. GitBook: add an “Embed a URL” block and paste it. Drag the block to the height you want.',
          code: embedUrl,
        },
      ];
  }
}
