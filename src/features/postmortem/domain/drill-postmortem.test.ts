import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { resolveIncident } from '../../incident/domain/incident-actions';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { buildPostmortemPdf, type JsPdfConstructor } from '../export/build-postmortem-pdf';
import { renderPostmortemMarkdown } from '../export/render-postmortem-markdown';
import { serializePostmortem, parsePostmortemJson } from '../export/postmortem-json';
import { buildPostmortemOutline } from './build-postmortem-outline';
import { mergePostmortemDocs } from './merge-postmortems';
import { restorePostmortems, validatePostmortem } from './postmortem-schema';
import { createPostmortemFromIncident } from './templates';

const options = { template: 'google-sre' as const, costInputs: DEFAULT_COST_INPUTS, now: T0 + 60 * MINUTE, timeZone: 'UTC' };
const drillDoc = () => createPostmortemFromIncident(resolveIncident(createTestIncident({ drill: true, number: 'INC-2025-003' }), T0 + 40 * MINUTE), options);
const realDoc = () => createPostmortemFromIncident(resolveIncident(createTestIncident({ number: 'INC-2025-004' }), T0 + 40 * MINUTE), options);

describe('a postmortem made from a drill', () => {
  it('carries drill: true; one made from a real incident has no drill key at all', () => {
    expect(drillDoc().drill).toBe(true);
    expect(realDoc()).not.toHaveProperty('drill');
  });

  it('validates with the mark, and documents saved before drills existed still load', () => {
    const doc = drillDoc();
    expect(validatePostmortem(doc)).toEqual({ ok: true, doc });
    const { drill: _drill, ...old } = doc;
    expect(restorePostmortems([old])).toEqual({ docs: [old], dropped: [] });
    expect(validatePostmortem({ ...doc, drill: 'yes' })).toMatchObject({ ok: false });
    const file = parsePostmortemJson(serializePostmortem(doc));
    expect(file.ok && file.doc.drill).toBe(true);
  });

  it('keeps the mark through a two-tab merge', () => {
    const doc = drillDoc();
    const edited = { ...doc, title: 'Failover drill', updatedAt: doc.updatedAt + 1 };
    expect(mergePostmortemDocs([doc], [edited])[0]).toMatchObject({ drill: true, title: 'Failover drill' });
  });

  it('says "Drill (game day)" on the Markdown heading line and as the first header field', () => {
    const markdown = renderPostmortemMarkdown(drillDoc());
    expect(markdown.split('\n')[0]).toBe('# Drill (game day): Checkout fails with an error');
    expect(markdown).toContain('- **Drill:** A practice exercise (game day), not a real incident; left out of report figures');
    expect(buildPostmortemOutline(drillDoc()).fields[0]?.label).toBe('Drill');
    expect(renderPostmortemMarkdown(realDoc()).split('\n')[0]).toBe('# Checkout fails with an error');
    expect(renderPostmortemMarkdown(realDoc())).not.toMatch(/drill/i);
  });

  it('says it in the PDF header: the overline and a tag before the severity', () => {
    const texts: string[] = [];
    const Recording = function (this: unknown, init: ConstructorParameters<JsPdfConstructor>[0]) {
      const pdf = new jsPDF(init);
      const text = pdf.text.bind(pdf);
      pdf.text = ((value: string | string[], x: number, y: number, ...rest: unknown[]) => {
        if (pdf.getCurrentPageInfo().pageNumber === 1) texts.push(String(value));
        return (text as (...args: unknown[]) => jsPDF)(value, x, y, ...rest);
      }) as typeof pdf.text;
      return pdf;
    } as unknown as JsPdfConstructor;
    const font = (file: string) => readFileSync(fileURLToPath(new URL(`../export/fonts/${file}`, import.meta.url))).toString('base64');
    buildPostmortemPdf(drillDoc(), Recording, { paper: 'a4', fonts: { regular: font('NotoSans-Regular-subset.ttf'), bold: font('NotoSans-Bold-subset.ttf') } });
    expect(texts[0]?.replace(/\s+/g, ' ')).toBe('POSTMORTEM · INC-2025-003 · DRILL (GAME DAY)');
    const title = texts.indexOf('Checkout fails with an error');
    expect(texts.slice(title + 1, title + 3)).toEqual(['Drill (game day)', 'SEV1']);
  });
});
