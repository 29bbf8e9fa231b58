import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';
import { TOOL_SECTIONS } from './tool-sections';
import { TOOLS } from './tools';

describe('TOOLS', () => {
  it('has one start page at the root and one page per other tool, each reached by its URL', () => {
    expect(TOOLS.filter((tool) => tool.prerender === 'start').map((tool) => tool.path)).toEqual(['']);
    expect(new Set(TOOLS.map((tool) => tool.id)).size).toBe(TOOLS.length);
    for (const tool of TOOLS) {
      expect(parseRoute(`/tools/outage-kit/${tool.path}`)).toEqual({ route: tool.id, root: '/tools/outage-kit/' });
      if (tool.prerender === 'tool') expect(tool.path).toBe(`${tool.id}/`);
    }
  });

  it("finds every tool page's route module and every tool's store section by file name", async () => {
    // A missing file throws when tools.ts or tool-sections.ts is imported (this file's imports).
    await Promise.all(TOOLS.map((tool) => tool.Page.preload()));
    const sections = TOOL_SECTIONS;
    expect(sections.map((section) => section.key)).toEqual(TOOLS.filter((tool) => tool.section).map((tool) => tool.id));
    for (const section of sections) {
      expect(section.noun).toEqual(TOOLS.find((tool) => tool.id === section.key)?.section?.noun);
    }
  });
});
