import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, type CostInputs } from './cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';
import { renderCostSummaryMarkdown } from './render-cost-summary-markdown';

// Just the parts of the Markdown syntax tree these tests read (mdast's own types are not a direct dependency).
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}
type Link = MdNode & { url: string };
interface Table {
  type: 'table';
  children: { type: string; children: MdNode[] }[];
}

function parse(markdown: string): MdNode {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as MdNode;
}

function find<T>(tree: MdNode, type: string): T[] {
  const found: T[] = [];
  const visit = (node: MdNode) => {
    if (node.type === type) found.push(node as T);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

function toString(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(toString).join('');
}

const render = (inputs: CostInputs, shareUrl?: string) =>
  renderCostSummaryMarkdown(inputs, calculateDowntimeCost(inputs), { locale: 'en-US', ...(shareUrl ? { shareUrl } : {}) });

describe('renderCostSummaryMarkdown', () => {
  it('leads with the total, per minute and per hour', () => {
    const markdown = render(DEFAULT_COST_INPUTS);
    const cost = calculateDowntimeCost(DEFAULT_COST_INPUTS);
    expect(markdown.startsWith('# Downtime cost: 45 min outage\n')).toBe(true);
    const total = Math.round(cost.total).toLocaleString('en-US');
    expect(markdown).toContain(`**Total cost: $${total}**`);
    expect(markdown).toContain(`$${Math.round(cost.perMinute).toLocaleString('en-US')} per minute`);
  });

  it('has a breakdown table with every component and the total', () => {
    const tables = find<Table>(parse(render(DEFAULT_COST_INPUTS)), 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.children.map((row) => row.children.map((cell) => toString(cell)));
    expect(rows.map((row) => row[0])).toEqual([
      'Component',
      'Lost revenue',
      'Lost productivity',
      'Response cost',
      'SLA credits',
      'Churn',
      'Other costs',
      'Total',
    ]);
    expect(rows.find((row) => row[0] === 'SLA credits')?.[1]).toBe('$20,000');
  });

  it('covers the SLA, the error budget and the year view', () => {
    const markdown = render(DEFAULT_COST_INPUTS);
    expect(markdown).toContain('monthly uptime 99.897% against a 99.9% target — below the 99.9% tier');
    expect(markdown).toContain('uses 102.7% of the monthly budget of 43 m 49.7 s');
    expect(markdown).toMatch(/6 incidents like this cost \$[\d,]+ a year; cutting outage length by 25% would save/);
  });

  it('escapes pipes so a cell never breaks the table', () => {
    const markdown = render({ ...DEFAULT_COST_INPUTS, currency: 'A|B' });
    const table = find<Table>(parse(markdown), 'table')[0]!;
    for (const row of table.children) expect(row.children).toHaveLength(3);
    expect(toString(table.children[1]!.children[1]!)).toMatch(/^A\|B /);
  });

  it('links to the calculation, and only over http(s)', () => {
    const url = 'https://example.org/outage kit/(calc)?minutes=45&slaTiers=99.9:10,99:25#x';
    const links = find<Link>(parse(render(DEFAULT_COST_INPUTS, url)), 'link');
    expect(links).toHaveLength(1);
    expect(links[0]!.url).toBe('https://example.org/outage%20kit/%28calc%29?minutes=45&slaTiers=99.9:10,99:25#x');
    expect(find<Link>(parse(render(DEFAULT_COST_INPUTS, 'javascript:alert(1)')), 'link')).toHaveLength(0);
    expect(render(DEFAULT_COST_INPUTS, 'javascript:alert(1)')).not.toContain('javascript');
  });

  // Few runs: the Markdown is a fixed template, and parsing it (not rendering) is what takes the time.
  it('always parses into one eight-row table, with no NaN, for any valid input', () => {
    fc.assert(
      fc.property(arbitraryCostInputs('typed'), (inputs) => {
        const markdown = render(inputs, 'https://example.org/?a=1');
        expect(markdown).not.toMatch(/NaN|Infinity/);
        const tree = parse(markdown);
        const tables = find<Table>(tree, 'table');
        expect(tables).toHaveLength(1);
        expect(tables[0]!.children).toHaveLength(8);
        expect(find<Link>(tree, 'link')).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });
});
