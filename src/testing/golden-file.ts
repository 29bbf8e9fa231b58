// Test support: golden files under __golden__/, compared byte for byte; `UPDATE_GOLDEN=1 npx vitest run …` rewrites them.

/** The few node:fs calls the helper needs; loaded at run time so the app's type config stays free of Node types. */
interface GoldenFileSystem {
  existsSync(path: URL): boolean;
  readFileSync(path: URL, encoding: 'utf8'): string;
  writeFileSync(path: URL, data: string, encoding: 'utf8'): void;
  mkdirSync(path: URL, options: { recursive: boolean }): void;
}

const NODE_FS = 'node:fs';

function shouldUpdate(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.UPDATE_GOLDEN === '1';
}

/**
 * Reads `<dir>/<name>` (the caller's `__golden__/` folder, `new URL('./__golden__/', import.meta.url)`) and returns
 * its text, after writing `actual` there first when UPDATE_GOLDEN=1 is set. A missing file throws (so a forgotten
 * golden never passes silently). The caller compares: `expect(actual).toBe(golden)`.
 */
export async function readGoldenFile(dir: URL, name: string, actual: string): Promise<string> {
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as GoldenFileSystem;
  const file = new URL(name, dir);
  if (shouldUpdate()) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, actual, 'utf8');
  } else if (!fs.existsSync(file)) {
    throw new Error(`Golden file __golden__/${name} is missing. Create it with: UPDATE_GOLDEN=1 npx vitest run src/features/postmortem`);
  }
  return fs.readFileSync(file, 'utf8');
}

/**
 * Reads the text between `<!-- <name>:start -->` and `<!-- <name>:end -->` in a file (a URL, e.g. the docs),
 * after replacing it with `actual` when UPDATE_GOLDEN=1 is set. Throws when the markers are missing.
 */
export async function readGoldenBlock(file: URL, name: string, actual: string): Promise<string> {
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as GoldenFileSystem;
  const start = `<!-- ${name}:start -->\n`;
  const end = `<!-- ${name}:end -->`;
  const read = (): { text: string; from: number; to: number } => {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`${file.pathname} has no "${name}" block between ${start.trim()} and ${end}.`);
    return { text, from: from + start.length, to };
  };
  if (shouldUpdate()) {
    const { text, from, to } = read();
    fs.writeFileSync(file, text.slice(0, from) + actual + text.slice(to), 'utf8');
  }
  const { text, from, to } = read();
  return text.slice(from, to);
}
