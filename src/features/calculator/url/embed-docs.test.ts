// docs/EMBED.md and the e2e host pages show the same snippets the builder makes: this keeps them in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../domain/cost-inputs';
import { toAttributeName } from './embed-params';
import { buildResizeScript } from './embed-snippets';
import { SHARE_PARAM_NAMES } from './share-params';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('docs/EMBED.md', () => {
  const docs = read('../../../../docs/EMBED.md');

  it('gives the auto-height script exactly as the builder makes it', () => {
    expect(docs).toContain(buildResizeScript('https://tools.example.com'));
  });

  it('documents every parameter with its attribute and default', () => {
    for (const name of SHARE_PARAM_NAMES) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}\` | \`${toAttributeName(name)}\` |`));
      expect(row, name).toBeDefined();
      const value = DEFAULT_COST_INPUTS[name];
      const shown = name === 'slaTiers' ? '99.9:10,99:25,95:100' : String(value);
      expect(row, name).toContain(shown);
    }
  });
});

describe('e2e host pages', () => {
  it('use the documented auto-height script', () => {
    for (const page of ['iframe.html', 'docs.html']) {
      expect(read(`../../../../e2e/fixtures/host/${page}`), page).toContain(buildResizeScript('%EMBED_ORIGIN%'));
    }
  });
});
