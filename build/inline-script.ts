// Compiles a browser module from build/inline/ into the minified classic script a page carries inline (and its
// CSP allows by hash): real, type-checked TypeScript instead of a hand-minified string. Per-page constants are
// `define`s, so one module serves every page.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { minify, transformWithOxc } from 'vite';

const compiled = new Map<string, Promise<string>>();

/** `name` is a file under build/inline/; each key of `constants` is replaced by its value (as JSON) in the code. */
export function compileInlineScript(name: string, constants: Readonly<Record<string, unknown>> = {}): Promise<string> {
  const define = Object.fromEntries(Object.entries(constants).map(([key, value]) => [key, JSON.stringify(value)]));
  const key = JSON.stringify([name, define]);
  let script = compiled.get(key);
  if (!script) {
    script = compile(resolve(import.meta.dirname, 'inline', name), define);
    compiled.set(key, script);
  }
  return script;
}

async function compile(file: string, define: Record<string, string>): Promise<string> {
  const source = await readFile(file, 'utf8');
  const { code } = await transformWithOxc(source, file, { lang: 'ts', target: 'es2022', define });
  // A classic script's top-level names would be globals of the page: the module's body runs in its own scope.
  const result = await minify(file, `(()=>{${code}})();`, { compress: { target: 'es2022' }, mangle: true });
  if (result.errors.length > 0) throw new Error(`${file}: ${result.errors.map((error) => error.message).join('; ')}`);
  return result.code.trim();
}
