// Finding the links people paste into text: http(s) URLs, without the punctuation that follows them. Shared by the
// postmortem (its paste import and Markdown) and the incident's share-out exports.
import { sanitizeLink } from './sanitize-link';

export interface FoundUrl {
  /** The URL as written in the text. */
  url: string;
  start: number;
  end: number;
}

/** Drops trailing punctuation that ends a sentence, and a ")" the URL did not open. */
function trimTrailing(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last !== undefined && '.,;:!?\'"]}>*_~'.includes(last)) {
      url = url.slice(0, -1);
    } else if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

/** Every valid http(s) URL in `text` that starts a word, in order. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])https?:\/\/[^\s<>"'`]+/giu)) {
    const url = trimTrailing(match[0]);
    if (sanitizeLink(url) !== null) found.push({ url, start: match.index, end: match.index + url.length });
  }
  return found;
}
