// A Markdown summary of a cost calculation, for pasting into an incident channel, ticket or postmortem.
import { formatDurationSeconds, formatMinutes, formatMoney, formatNumber, formatPercent } from '../../../lib/format';
import { calculateAnnualView } from './annual-view';
import { COST_COMPONENT_LABELS, COST_COMPONENTS, type DowntimeCost } from './calculate-downtime-cost';
import type { CostInputs } from './cost-inputs';
import { calculateErrorBudget } from './nines';

/** Options for {@link renderCostSummaryMarkdown}. */
export interface CostSummaryOptions {
  /** Locale for numbers and money; the runtime's default when omitted. */
  locale?: string;
  /** Link back to this calculation (see buildShareUrl); only http(s) links are included. */
  shareUrl?: string;
}

/** Table cells end at '|' and escape with '\'; both must be escaped to keep the table's shape. */
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/**
 * Makes a URL safe as a Markdown link destination: http(s) only (a summary may be rendered where a javascript:
 * link would run), and no characters that end or break the destination.
 */
function toLinkDestination(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[\s<>()\\`"'[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Renders the calculation as GitHub-flavoured Markdown: a heading, the total with cost per minute and hour, the
 * breakdown table, SLA and error budget, the year view, and the share link when given. Pure; never throws for valid inputs.
 */
export function renderCostSummaryMarkdown(
  inputs: CostInputs,
  cost: DowntimeCost,
  options: CostSummaryOptions = {},
): string {
  const { locale } = options;
  const money = (amount: number) => formatMoney(amount, inputs.currency, locale, { maximumFractionDigits: 0 });
  const percent = (value: number, digits = 1) => formatPercent(value, digits, locale);
  const budget = calculateErrorBudget(inputs);
  const annual = calculateAnnualView(inputs);
  const lines: string[] = [];

  lines.push(`# Downtime cost: ${formatMinutes(inputs.minutes, locale)} outage`, '');
  lines.push(
    `**Total cost: ${money(cost.total)}** (${money(cost.perMinute)} per minute, ${money(cost.perHour)} per hour)`,
    '',
  );

  lines.push('| Component | Cost | Share of total |', '| --- | ---: | ---: |');
  for (const component of COST_COMPONENTS) {
    const amount = cost.breakdown[component];
    const share = cost.total > 0 ? percent((amount / cost.total) * 100, 0) : '—';
    lines.push(`| ${escapeCell(COST_COMPONENT_LABELS[component])} | ${escapeCell(money(amount))} | ${escapeCell(share)} |`);
  }
  lines.push(`| **Total** | **${escapeCell(money(cost.total))}** | ${escapeCell(percent(cost.total > 0 ? 100 : 0, 0))} |`, '');

  const tierText = cost.slaTier
    ? `below the ${percent(cost.slaTier.below, 5)} tier, so customers are owed a ${percent(cost.slaCreditPercent, 2)} credit on ${money(inputs.slaContract)} of monthly contracts`
    : 'no credit tier reached';
  lines.push(
    `- **SLA:** monthly uptime ${percent(cost.monthlyUptime, 3)} against a ${percent(inputs.slaTarget, 5)} target — ${tierText}.`,
  );
  lines.push(
    `- **Error budget:** this outage uses ${percent(budget.consumedPercent)} of the monthly budget of ` +
      `${formatDurationSeconds(budget.monthlyBudgetMinutes * 60, locale)} (${percent(budget.alreadySpentPercent)} was already spent this month); ` +
      `an outage as long as the whole budget would cost ${money(budget.budgetCost)}.`,
  );
  lines.push(`- **Faster recovery:** each minute sooner saves ${money(cost.savedPerMinute)}.`);
  lines.push(
    `- **Per year:** ${formatNumber(inputs.incidentsPerYear, locale, { maximumFractionDigits: 2 })} incidents like this cost ` +
      `${money(annual.perYear)} a year; cutting outage length by ${percent(inputs.fasterBy)} would save ${money(annual.savedPerYear)} a year.`,
  );

  const destination = options.shareUrl === undefined ? null : toLinkDestination(options.shareUrl);
  if (destination) lines.push('', `[Open this calculation in Outage Kit](<${destination}>) to see or change the inputs.`);

  lines.push('', '_An estimate from Outage Kit: each figure is only as good as the inputs behind it._', '');
  return lines.join('\n');
}
