// Fails the embed.js build if anything would put a second file next to embed.js: docs sites load it as one request.
import type { Plugin } from 'vite';

/** The custom element's file name in dist/: stable, so docs sites can link to it. */
export const EMBED_SCRIPT_FILE = 'embed.js';

export function embedSingleFile(): Plugin {
  return {
    name: 'outage-kit:embed-single-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle);
      if (files.length !== 1 || files[0] !== EMBED_SCRIPT_FILE) {
        this.error(`embed build must emit only ${EMBED_SCRIPT_FILE}, got: ${files.join(', ')}`);
      }
    },
  };
}
