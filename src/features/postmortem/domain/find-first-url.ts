// Finding the links people paste into text. `findUrls` lives in src/lib/ (the incident's share-out uses it too).
import { findUrls, type FoundUrl } from '../../../lib/find-urls';

export { findUrls, type FoundUrl };

/** The first valid http(s) URL in `text`, or null. */
export function findFirstUrl(text: string): FoundUrl | null {
  return findUrls(text)[0] ?? null;
}
