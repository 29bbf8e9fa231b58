import { describe, expect, it } from 'vitest';
import { compileInlineScript } from './inline-script.ts';

describe('compileInlineScript', () => {
  it('compiles a module to one minified classic script with its constants in place', async () => {
    const script = await compileInlineScript('show-first-view.ts', { STATE_KEY: 'outage-kit:state', SECTIONS: ['incident'] });
    expect(script).toContain('outage-kit:state');
    expect(script).toContain('incident');
    expect(script).not.toContain('STATE_KEY');
    expect(script).not.toContain('\n');
    // Its own scope: nothing the page's other scripts could see or clash with.
    expect(script.startsWith('(()=>{') || script.startsWith('(function')).toBe(true);
  });

  it('leaves out what a constant turns off', async () => {
    const embed = await compileInlineScript('start-after-first-paint.ts', { ENTRY: './a.js', PRELOADS: [], START_WHEN_WAITING: true });
    const app = await compileInlineScript('start-after-first-paint.ts', { ENTRY: './a.js', PRELOADS: [], START_WHEN_WAITING: false });
    expect(embed).toContain('data-wait');
    expect(app).not.toContain('data-wait');
  });
});
