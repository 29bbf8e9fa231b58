import { describe, expect, it } from 'vitest';
import { EMBED_SCRIPT_FILE, embedSingleFile } from './embed-single-file-plugin.ts';
import { asset, bundleOf, chunk, generateBundle } from './plugin-harness.ts';

describe('embed-single-file plugin', () => {
  it('accepts a build of embed.js alone', async () => {
    await expect(generateBundle(embedSingleFile(), bundleOf(chunk(EMBED_SCRIPT_FILE, '')))).resolves.toEqual([]);
  });

  it('fails a build that emits a second file, naming it', async () => {
    await expect(generateBundle(embedSingleFile(), bundleOf(chunk(EMBED_SCRIPT_FILE, ''), asset('assets/embed.css', '')))).rejects.toThrow(
      'embed build must emit only embed.js, got: embed.js, assets/embed.css',
    );
  });
});
