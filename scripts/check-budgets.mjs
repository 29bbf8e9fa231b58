// Size budgets, measured on the production build in gzip bytes, and enforced in `npm test`.
// Follows what a page really requests at start-up: its <script>/<link rel=stylesheet|modulepreload> tags
// and, recursively, the static imports of those chunks. Writes docs/size-report.json for docs/PERFORMANCE.md.
// Usage: node scripts/check-budgets.mjs [--baseline] [--report]
//   --baseline also builds a bare React page to compare; --report writes docs/size-report.json
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_DATA } from '../src/app/tool-data.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const KB = 1024;
// The tools with a page of their own (<id>/index.html) and a route chunk (<id>-route-<hash>.js).
const TOOL_PAGES = TOOL_DATA.filter((tool) => tool.prerender === 'tool');

export const BUDGETS = {
  // 2026-12-04: 105 → 106 KB after the locale-aware fields, builder tabs and compact embed layout merged (+0.6 KB).
  appFirstLoad: 106 * KB,
  // Issue 14: embed.js at most 50 KB; both embeds are built with Preact (docs/DECISIONS.md), about 25 KB
  // each today. embed.html's first load counts its inlined stylesheet and inline scripts.
  embedJs: 50 * KB,
  embedHtmlFirstLoad: 35 * KB,
  // Issue 7: each tool's route chunk (the chunk its route loads, with its stylesheet) is at most 30 KB.
  routeChunk: 30 * KB,
  // Everything a tool's page requests beyond the start-up bundle before any user action: its route chunk
  // plus the chunks it imports (zod, the store sections, shared domain code). Over 30 KB today (see
  // docs/PERFORMANCE.md). Each tool's ceiling is its `budgetKb` in src/app/tool-data.mjs (with its history).
  routes: Object.fromEntries(TOOL_PAGES.map((tool) => [tool.id, tool.budgetKb * KB])),
};

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of an ES chunk (`import … from "./x.js"` and `import "./x.js"`), resolved to files. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  const re = /(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(re)) {
    const spec = match[1];
    if (spec.startsWith('.')) found.add(resolve(dirname(file), spec));
  }
  return [...found];
}

/** Every JS and CSS file a page requests before any user action. */
export function collectFirstLoad(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set();
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"[^>]*>/g)]
    .filter((m) => /\.(js|css)$/.test(m[1]) && !/rel="(icon|apple-touch-icon|manifest)"/.test(m[0]))
    .map((m) => resolve(dirname(htmlFile), m[1]));
  // The start page's inline loader adds its scripts after the first paint (vite.config.ts): its URLs count.
  for (const script of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    for (const url of script[1].matchAll(/"(\.\.?\/[^"]+\.js)"/g)) refs.push(resolve(dirname(htmlFile), url[1]));
  }
  for (const key of inlineStyles(htmlFile)) files.add(key);
  const queue = [...refs];
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(file));
  }
  return [...files];
}

function sum(files) {
  return files.reduce((total, f) => total + (f.startsWith('inline:') ? inlineSizes.get(f) : gzipSize(f)), 0);
}

/** Stylesheets and scripts inlined into a page's HTML count as part of its first load (as `inline:<page>#<n>`). */
const inlineSizes = new Map();
function inlineStyles(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<(?:style|script)>([\s\S]*?)<\/(?:style|script)>/g)].map((m, i) => {
    const key = `inline:${relative(dist, htmlFile)}#${i}`;
    inlineSizes.set(key, gzipSync(m[1], { level: 9 }).length);
    return key;
  });
}

/** Files a dynamically imported chunk adds beyond what the page already loaded. */
function chunkClosure(entry, alreadyLoaded) {
  const files = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file) || alreadyLoaded.has(file) || !existsSync(file)) continue;
    files.add(file);
    queue.push(...staticImports(file));
  }
  return [...files];
}

function buildBaseline() {
  // A bare React 19 "hello world" built with the same Vite, for the floor a React app can reach.
  const dir = join(root, 'node_modules', '.tmp', 'baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>');
  writeFileSync(
    join(dir, 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello</h1>);\n",
  );
  return import('vite').then(async ({ build }) => {
    const react = (await import('@vitejs/plugin-react')).default;
    await build({ root: dir, base: './', logLevel: 'silent', plugins: [react()], build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
    return sum(collectFirstLoad(join(dir, 'dist', 'index.html')));
  });
}

const rel = (f) => (f.startsWith('inline:') ? f : relative(dist, f));
const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

async function main() {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('No dist/: run `npm run build` first.');
    process.exit(1);
  }
  const failures = [];
  const report = { measuredAt: new Date().toISOString(), budgets: BUDGETS, pages: {}, routes: {}, embed: {}, heavy: {} };

  for (const page of ['index.html', ...TOOL_PAGES.map((tool) => `${tool.path}index.html`)]) {
    const files = collectFirstLoad(join(dist, page));
    report.pages[page] = { bytes: sum(files), files: files.map(rel) };
  }
  const appFirst = report.pages['index.html'].bytes;
  if (appFirst > BUDGETS.appFirstLoad) failures.push(`App first load ${fmt(appFirst)} > ${fmt(BUDGETS.appFirstLoad)}`);

  // Route chunks: each tool's lazily loaded page, beyond what the start page already has.
  const startFiles = new Set(report.pages['index.html'].files.map((f) => join(dist, f)));
  const assets = readdirSync(join(dist, 'assets'));
  for (const [route, prefix] of TOOL_PAGES.map((tool) => [tool.id, `${tool.id}-route-`])) {
    const chunk = assets.find((a) => a.startsWith(prefix) && a.endsWith('.js'));
    if (!chunk) {
      failures.push(`No route chunk for ${route}`);
      continue;
    }
    const files = chunkClosure(join(dist, 'assets', chunk), startFiles);
    const cssFiles = assets.filter((a) => a.startsWith(prefix) && a.endsWith('.css')).map((a) => join(dist, 'assets', a));
    const bytes = sum(files) + sum(cssFiles);
    const own = [join(dist, 'assets', chunk), ...cssFiles];
    const chunkBytes = sum(own);
    report.routes[route] = { chunkBytes, chunkFiles: own.map(rel), bytes, files: [...files, ...cssFiles].map(rel) };
    if (chunkBytes > BUDGETS.routeChunk) failures.push(`Route chunk ${route} ${fmt(chunkBytes)} > ${fmt(BUDGETS.routeChunk)}`);
    if (bytes > BUDGETS.routes[route]) failures.push(`Route ${route} with its imports ${fmt(bytes)} > ${fmt(BUDGETS.routes[route])}`);
  }

  // Heavy code must never be part of any page's first load.
  const firstLoadFiles = new Set(Object.values(report.pages).flatMap((p) => p.files));
  for (const asset of assets) {
    if (/jspdf|html2canvas|purify|noto/i.test(asset)) {
      report.heavy[asset] = gzipSize(join(dist, 'assets', asset));
      if (firstLoadFiles.has(`assets/${asset}`)) failures.push(`${asset} is loaded at start-up`);
    }
  }

  if (existsSync(join(dist, 'embed.js'))) {
    const embedJs = sum([join(dist, 'embed.js'), ...chunkClosure(join(dist, 'embed.js'), new Set())].filter((v, i, a) => a.indexOf(v) === i));
    report.embed['embed.js'] = embedJs;
    if (embedJs > BUDGETS.embedJs) failures.push(`embed.js ${fmt(embedJs)} > ${fmt(BUDGETS.embedJs)}`);
  } else failures.push('dist/embed.js is missing');
  if (existsSync(join(dist, 'embed.html'))) {
    const files = collectFirstLoad(join(dist, 'embed.html'));
    // The page itself, with the calculator prerendered in it (and the inlined stylesheet counted above).
    report.embed['embed.html'] = { bytes: sum(files), files: files.map(rel), documentBytes: gzipSize(join(dist, 'embed.html')) };
    if (report.embed['embed.html'].bytes > BUDGETS.embedHtmlFirstLoad) {
      failures.push(`embed.html first load ${fmt(report.embed['embed.html'].bytes)} > ${fmt(BUDGETS.embedHtmlFirstLoad)}`);
    }
  } else failures.push('dist/embed.html is missing');

  if (process.argv.includes('--baseline')) {
    report.baselineReact = await buildBaseline();
    report.ratioToBaseline = Number((appFirst / report.baselineReact).toFixed(2));
  }

  // `npm run budgets` records the figures for docs/PERFORMANCE.md; `npm test` only checks them.
  if (process.argv.includes('--report')) writeFileSync(join(root, 'docs', 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`App first load: ${fmt(appFirst)} (budget ${fmt(BUDGETS.appFirstLoad)})`);
  for (const [route, r] of Object.entries(report.routes)) {
    console.log(`Route ${route}: chunk ${fmt(r.chunkBytes)} (budget ${fmt(BUDGETS.routeChunk)}); with its imports ${fmt(r.bytes)} (ceiling ${fmt(BUDGETS.routes[route])})`);
  }
  if (report.embed['embed.js'] !== undefined) console.log(`embed.js: ${fmt(report.embed['embed.js'])} (budget ${fmt(BUDGETS.embedJs)})`);
  if (report.embed['embed.html']) {
    const page = report.embed['embed.html'];
    console.log(`embed.html first load: ${fmt(page.bytes)} (budget ${fmt(BUDGETS.embedHtmlFirstLoad)}); the HTML document with its prerendered calculator and inlined CSS ${fmt(page.documentBytes)}`);
  }
  if (report.baselineReact) console.log(`Bare React page: ${fmt(report.baselineReact)}; ratio ${report.ratioToBaseline}`);
  if (failures.length) {
    console.error(`\nBudget failures:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('All size budgets hold.');
}

await main();
