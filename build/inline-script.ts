// Compiles a browser module from build/inline/ into the minified classic script a page carries inline (and its
// CSP allows by hash): real, type-checked TypeScript instead of a hand-minified string. One module serves every
// page: per-page values are given as constants.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { minify, transformWithOxc } from 'vite';

const compiled = new Map<string, Promise<string>>();

/**
 * `name` is a file under build/inline/. A boolean constant is compiled in (the minifier drops the code it turns
 * off); any other value, named `__LIKE_THIS__` in the module, is written into the minified code as JSON, so a page's
 * URLs read as plain `"./assets/…"` strings there (scripts/check-budgets.mjs counts them from the page).
 */
export function compileInlineScript(name: string, constants: Readonly<Record<string, unknown>> = {}): Promise<string> {
  const key = JSON.stringify([name, constants]);
  let script = compiled.get(key);
  if (!script) {
    script = compile(resolve(import.meta.dirname, 'inline', name), constants);
    compiled.set(key, script);
  }
  return script;
}

async function compile(file: string, constants: Readonly<Record<string, unknown>>): Promise<string> {
  const entries = Object.entries(constants);
  const define = Object.fromEntries(entries.filter(([, value]) => typeof value === 'boolean').map(([key, value]) => [key, String(value)]));
  const source = await readFile(file, 'utf8');
  const { code } = await transformWithOxc(source, file, { lang: 'ts', target: 'es2022', define });
  // A classic script's top-level names would be globals of the page: the module's body runs in its own scope.
  const result = await minify(file, `(()=>{${code}})();`, { compress: { target: 'es2022' }, mangle: true });
  if (result.errors.length > 0) throw new Error(`${file}: ${result.errors.map((error) => error.message).join('; ')}`);
  let script = result.code.trim();
  for (const [key, value] of entries) {
    if (typeof value === 'boolean') continue;
    if (!key.startsWith('__') || !key.endsWith('__') || !script.includes(key)) throw new Error(`${file}: no __NAME__ constant ${key}`);
    // `<` escaped: a value can never end the page's <script> element.
    script = script.replaceAll(key, JSON.stringify(value).replaceAll('<', '\\u003c'));
  }
  return script;
}
