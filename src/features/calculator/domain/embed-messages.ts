// What an embedded calculator tells its host page: its height (iframe only) and its result. Plain data, the
// same shape for the iframe's postMessage and the custom element's costchange event.
import { COST_COMPONENTS, type CostComponent, type DowntimeCost } from './calculate-downtime-cost';

/** The `type` of the iframe's height message. */
export const RESIZE_MESSAGE_TYPE = 'outage-kit:resize';
/** The `type` of the result message (and of the custom element's `costchange` detail). */
export const COST_MESSAGE_TYPE = 'outage-kit:cost';
/** The `type` of the host's theme message to the iframe: `{ type: 'outage-kit:theme', theme: 'dark' }`. */
export const THEME_MESSAGE_TYPE = 'outage-kit:theme';

/**
 * The theme a host's message asks for, or null if the data is not a well-formed theme message. Any origin may
 * send it (the embed cannot know its host), so it carries nothing but one of three words.
 */
export function readThemeMessage(data: unknown): 'light' | 'dark' | 'auto' | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, theme } = data as { type?: unknown; theme?: unknown };
  if (type !== THEME_MESSAGE_TYPE || typeof theme !== 'string') return null;
  const value = theme.trim().toLowerCase();
  return value === 'light' || value === 'dark' || value === 'auto' ? value : null;
}

/** The custom element's result event. */
export const COST_CHANGE_EVENT = 'costchange';

/** `{ type: 'outage-kit:resize', height }`: the embed's content height in CSS pixels. */
export interface EmbedResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
}

/** The result, in `currency`: the same figures the embed shows. */
export interface EmbedCostMessage {
  type: typeof COST_MESSAGE_TYPE;
  total: number;
  perMinute: number;
  perHour: number;
  currency: string;
  breakdown: Record<CostComponent, number>;
}

/** Builds the result message from a calculated cost. */
export function buildCostMessage(cost: DowntimeCost, currency: string): EmbedCostMessage {
  const breakdown = Object.fromEntries(COST_COMPONENTS.map((c) => [c, cost.breakdown[c]])) as Record<CostComponent, number>;
  return { type: COST_MESSAGE_TYPE, total: cost.total, perMinute: cost.perMinute, perHour: cost.perHour, currency, breakdown };
}

/** Builds the height message; the height is rounded up so the frame never cuts off a fraction of a pixel. */
export function buildResizeMessage(height: number): EmbedResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.max(0, Math.ceil(Number.isFinite(height) ? height : 0)) };
}

/** Whether untrusted message data is a well-formed height message (a receiver must also check origin and source). */
export function isResizeMessage(data: unknown): data is EmbedResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<EmbedResizeMessage>;
  return type === RESIZE_MESSAGE_TYPE && typeof height === 'number' && Number.isFinite(height) && height >= 0;
}
