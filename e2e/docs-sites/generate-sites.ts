// Writes the pages of two real docs sites, a MkDocs Material site and a Docusaurus 3 site, with the embed
// snippets pasted in exactly as the builder (src/features/calculator/url/embed-snippets.ts) emits them: if a
// builder's output breaks in a real site, the docs-sites spec fails. Each site has a start page and two pages
// that embed the calculator (custom element, iframe), linked both ways, so client-side navigation can leave a
// page and come back. Only the generated files are written; mkdocs.yml, package.json and the lockfile are
// committed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../../src/features/calculator/domain/cost-inputs';
import {
  DEFAULT_EMBED_OPTIONS,
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
} from '../../src/features/calculator/url/embed-snippets';

export const DOCS_SITES_DIR = dirname(fileURLToPath(import.meta.url));
export const MKDOCS_DIR = join(DOCS_SITES_DIR, 'mkdocs');
export const DOCUSAURUS_DIR = join(DOCS_SITES_DIR, 'docusaurus');
/** Where each site's build lands (both are git-ignored). */
export const MKDOCS_SITE_DIR = join(MKDOCS_DIR, 'site');
export const DOCUSAURUS_BUILD_DIR = join(DOCUSAURUS_DIR, 'build');

/** What the docs writer set in the builder before copying: a 90-minute outage, 120 staff, in euros. */
export const ELEMENT_INPUTS: CostInputs = { ...DEFAULT_COST_INPUTS, minutes: 90, employees: 120, currency: 'EUR' };
export const ELEMENT_OPTIONS: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS, title: 'What a 90-minute outage costs us' };
/** The iframe shows other figures, so a test cannot mistake one embed for the other. */
export const IFRAME_INPUTS: CostInputs = { ...DEFAULT_COST_INPUTS, minutes: 240, revenue: 5_000_000, currency: 'GBP' };
export const IFRAME_OPTIONS: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS, title: 'A four-hour outage' };

/** Page titles, also the links' text between pages. */
export const PAGE_TITLES = { home: 'Runbook home', element: 'Cost of an outage', iframe: 'Cost in a frame' } as const;

/** The URLs the snippets point at: the production build, served on another origin than the docs site. */
export interface EmbedUrls {
  /** Absolute URL of embed.js. */
  scriptUrl: string;
  /** Absolute URL of embed.html. */
  embedPageUrl: string;
  /** Origin of both, for the iframe's auto-height script. */
  origin: string;
}

export function buildEmbedUrls(origin: string): EmbedUrls {
  return { scriptUrl: `${origin}/embed.js`, embedPageUrl: `${origin}/embed.html`, origin };
}

/** The snippets as pasted, kept in one place so the spec can check that the built pages carry them. */
export function buildSiteSnippets(urls: EmbedUrls) {
  const iframeUrl = buildEmbedUrl(urls.embedPageUrl, IFRAME_INPUTS, IFRAME_OPTIONS);
  return {
    mkdocsElement: buildMkDocsSnippet(urls.scriptUrl, ELEMENT_INPUTS, ELEMENT_OPTIONS),
    mkdocsCostChange: buildCostChangeExample('mkdocs'),
    // Python-Markdown passes an HTML block through, so MkDocs takes the plain HTML iframe and its script.
    mkdocsIframe: `${buildIframeSnippet(iframeUrl, IFRAME_OPTIONS)}\n${buildResizeScript(urls.origin)}`,
    mdxElement: buildMdxSnippet(ELEMENT_INPUTS, ELEMENT_OPTIONS),
    mdxIframe: buildMdxIframeSnippet(iframeUrl, IFRAME_OPTIONS),
    docusaurusConfig: buildDocusaurusConfigSnippet(urls.scriptUrl),
    /** Not pasted into a site; the HTML form of the element, for comparison in the spec. */
    htmlElement: buildElementSnippet(urls.scriptUrl, ELEMENT_INPUTS, ELEMENT_OPTIONS),
  };
}

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** The MkDocs pages (mkdocs.yml is committed: it holds no snippet). */
export async function writeMkDocsSite(urls: EmbedUrls): Promise<void> {
  const snippets = buildSiteSnippets(urls);
  await rm(join(MKDOCS_DIR, 'docs'), { recursive: true, force: true });
  await writeFiles(join(MKDOCS_DIR, 'docs'), {
    'index.md': [
      `# ${PAGE_TITLES.home}`,
      '',
      'What to do when the service is down, and what it costs while it is.',
      '',
      `- [${PAGE_TITLES.element}](element.md)`,
      `- [${PAGE_TITLES.iframe}](iframe.md)`,
      '',
    ].join('\n'),
    'element.md': [
      `# ${PAGE_TITLES.element}`,
      '',
      'Change the figures to match your outage.',
      '',
      snippets.mkdocsElement,
      '',
      snippets.mkdocsCostChange,
      '',
      `Back to the [${PAGE_TITLES.home}](index.md), or see the [${PAGE_TITLES.iframe}](iframe.md).`,
      '',
    ].join('\n'),
    'iframe.md': [
      `# ${PAGE_TITLES.iframe}`,
      '',
      snippets.mkdocsIframe,
      '',
      `Back to the [${PAGE_TITLES.home}](index.md), or see the [${PAGE_TITLES.element}](element.md).`,
      '',
    ].join('\n'),
  });
}

/** The Docusaurus config, pages and sidebar (package.json and the lockfile are committed). */
export async function writeDocusaurusSite(urls: EmbedUrls): Promise<void> {
  const snippets = buildSiteSnippets(urls);
  await rm(join(DOCUSAURUS_DIR, 'docs'), { recursive: true, force: true });
  const config = [
    '// Generated by e2e/docs-sites/generate-sites.ts; the scripts entry is the builder\'s snippet, pasted as is.',
    'export default {',
    "  title: 'Outage Kit docs-site test',",
    "  url: 'http://127.0.0.1',",
    "  baseUrl: '/',",
    // GitHub Pages and most static hosts serve /page/ for /page; saying so keeps Docusaurus' links direct.
    '  trailingSlash: true,',
    "  onBrokenLinks: 'throw',",
    ...snippets.docusaurusConfig.split('\n').map((line) => `  ${line}`),
    '  presets: [',
    "    ['classic', {",
    "      docs: { routeBasePath: '/', sidebarPath: './sidebars.js' },",
    '      blog: false,',
    '      pages: false,',
    '    }],',
    '  ],',
    '  themeConfig: {',
    `    navbar: { title: 'Runbook', items: [{ to: '/', label: ${JSON.stringify(PAGE_TITLES.home)}, position: 'left' }] },`,
    '  },',
    '};',
    '',
  ].join('\n');
  await writeFiles(DOCUSAURUS_DIR, {
    'docusaurus.config.js': config,
    'sidebars.js': "export default { docs: [{ type: 'autogenerated', dirName: '.' }] };\n",
    'docs/index.md': [
      '---',
      'slug: /',
      'sidebar_position: 1',
      `title: ${PAGE_TITLES.home}`,
      '---',
      '',
      'What to do when the service is down, and what it costs while it is.',
      '',
      `- [${PAGE_TITLES.element}](element.mdx)`,
      `- [${PAGE_TITLES.iframe}](iframe.mdx)`,
      '',
    ].join('\n'),
    'docs/element.mdx': [
      '---',
      'sidebar_position: 2',
      `title: ${PAGE_TITLES.element}`,
      '---',
      '',
      'Change the figures to match your outage.',
      '',
      snippets.mdxElement,
      '',
      `Back to the [${PAGE_TITLES.home}](index.md), or see the [${PAGE_TITLES.iframe}](iframe.mdx).`,
      '',
    ].join('\n'),
    'docs/iframe.mdx': [
      '---',
      'sidebar_position: 3',
      `title: ${PAGE_TITLES.iframe}`,
      '---',
      '',
      snippets.mdxIframe,
      '',
      `Back to the [${PAGE_TITLES.home}](index.md), or see the [${PAGE_TITLES.element}](element.mdx).`,
      '',
    ].join('\n'),
  });
}
