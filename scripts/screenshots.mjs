// Takes screenshots of each page at phone and desktop widths in both themes, for looking at what we build.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path...]   (needs `npm run build && npm run preview`)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'screenshots';
const paths = process.argv.slice(4).length ? process.argv.slice(4) : [''];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
for (const path of paths) {
  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(new URL(path, base).href);
      await page.waitForTimeout(300);
      const name = `${out}/${(path || 'home').replace(/[^a-z0-9]+/gi, '-')}-${width}-${theme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
