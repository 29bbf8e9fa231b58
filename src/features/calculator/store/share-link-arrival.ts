// Applies a share link once, when the app opens: its values replace the saved ones, and the query is then
// dropped from the address so a reload keeps the user's later edits. The page shows what happened and
// offers to undo.
import type { StoreApi } from 'zustand';
import type { CostInputs } from '../domain/cost-inputs';
import { parseShareParams, type ParamNotice } from '../url/share-params';
import type { CalculatorSlice } from './calculator-slice';

export interface ShareLinkArrival {
  notices: ParamNotice[];
  applied: number;
  previous: CostInputs;
}

let arrival: ShareLinkArrival | null = null;

/** Call once before the first render. Does nothing without a query string. */
export function consumeShareLink(store: StoreApi<CalculatorSlice>, location: Location = window.location): void {
  const search = location.search;
  if (!search || search === '?') return;
  const previous = store.getState().calculator.inputs;
  const parsed = parseShareParams(search, previous);
  if (parsed.applied.length > 0) store.getState().replaceCostInputs(parsed.inputs);
  arrival = { notices: parsed.notices, applied: parsed.applied.length, previous };
  window.history.replaceState(window.history.state, '', location.pathname + location.hash);
}

/** What the share link did, for the page's notice; null when the app was not opened from one. */
export function getShareLinkArrival(): ShareLinkArrival | null {
  return arrival;
}
