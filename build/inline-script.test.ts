import { describe, expect, it } from 'vitest';
import { compileInlineScript } from './inline-script.ts';

describe('compileInlineScript', () => {
  it('compiles a module to one minified classic script with its constants in place', async () => {
    const script = await compileInlineScript('show-first-view.ts', { __STATE_KEY__: 'outage-kit:state', __SECTIONS__: ['incident'] });
    expect(script).toContain('outage-kit:state');
    expect(script).toContain('incident');
    expect(script).not.toContain('STATE_KEY');
    expect(script).toContain('"outage-kit:state"');
    expect(script).not.toContain('\n');
    // Its own scope: nothing the page's other scripts could see or clash with.
    expect(script.startsWith('(()=>{') || script.startsWith('(function')).toBe(true);
  });

  it('writes values as JSON that cannot close the script element', async () => {
    const script = await compileInlineScript('start-after-first-paint.ts', { __ENTRY__: './a.js', __PRELOADS__: ['./b</script>.js'], START_WHEN_WAITING: false });
    expect(script).toContain('"./a.js"');
    expect(script).toContain('["./b\\u003c/script>.js"]');
    await expect(compileInlineScript('embed-head.ts', { __NOT_THERE__: 1 })).rejects.toThrow(/__NOT_THERE__/);
  });

  it('leaves out what a constant turns off', async () => {
    const embed = await compileInlineScript('start-after-first-paint.ts', { __ENTRY__: './a.js', __PRELOADS__: [], START_WHEN_WAITING: true });
    const app = await compileInlineScript('start-after-first-paint.ts', { __ENTRY__: './a.js', __PRELOADS__: [], START_WHEN_WAITING: false });
    expect(embed).toContain('data-wait');
    expect(app).not.toContain('data-wait');
  });
});
