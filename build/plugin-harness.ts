// Test support for build/*.test.ts: calls one hook of a Vite plugin the way Vite would, on a small hand-made bundle
// (the bundle's files carry only the fields the plugins read, hence the casts).
import type { IndexHtmlTransformContext, Plugin, Rolldown } from 'vite';

export type Bundle = Rolldown.OutputBundle;

type Handler = (this: unknown, ...args: unknown[]) => unknown;

function handlerOf(hook: unknown, name: string): Handler {
  if (typeof hook === 'function') return hook as Handler;
  if (hook && typeof hook === 'object' && 'handler' in hook && typeof hook.handler === 'function') return hook.handler as Handler;
  throw new Error(`the plugin has no ${name} hook`);
}

export function asset(fileName: string, source: string): Rolldown.OutputAsset {
  return { type: 'asset', fileName, source, names: [], originalFileNames: [], name: undefined, originalFileName: null, needsCodeReference: false } as unknown as Rolldown.OutputAsset;
}

export function chunk(fileName: string, code: string, extra: Partial<Rolldown.OutputChunk> = {}): Rolldown.OutputChunk {
  return { type: 'chunk', fileName, code, imports: [], dynamicImports: [], isDynamicEntry: false, isEntry: false, facadeModuleId: null, ...extra } as unknown as Rolldown.OutputChunk;
}

export function bundleOf(...files: (Rolldown.OutputAsset | Rolldown.OutputChunk)[]): Bundle {
  return Object.fromEntries(files.map((file) => [file.fileName, file]));
}

/** Runs generateBundle; files the plugin emits land in the bundle, as they do in a build. Returns its warnings. */
export async function generateBundle(plugin: Plugin, bundle: Bundle): Promise<string[]> {
  const warnings: string[] = [];
  const context = {
    emitFile(file: { fileName: string; source: string }) {
      bundle[file.fileName] = asset(file.fileName, String(file.source));
      return file.fileName;
    },
    error(message: string): never {
      throw new Error(message);
    },
    warn(message: string) {
      warnings.push(message);
    },
  };
  await handlerOf(plugin.generateBundle, 'generateBundle').call(context, {}, bundle, false);
  return warnings;
}

/** Runs transformIndexHtml on one page, as Vite does at the end of a build. */
export async function transformIndexHtml(plugin: Plugin, html: string, path = '/index.html'): Promise<{ result: unknown; warnings: string[] }> {
  const warnings: string[] = [];
  const context = { warn: (message: string) => warnings.push(message) };
  const result = await handlerOf(plugin.transformIndexHtml, 'transformIndexHtml').call(context, html, { path, filename: `/project${path}` } as IndexHtmlTransformContext);
  return { result, warnings };
}
