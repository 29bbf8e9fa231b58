// Slack's mrkdwn (api.slack.com/reference/surfaces/formatting): the text a webhook, a bot or a workflow step posts.
// Slack's only escapes are the HTML entities for its three control characters; user text must never ping a channel.
import { sanitizeLink } from './sanitize-link';

/** U+2060 WORD JOINER: invisible and unbreakable, so "@⁠here" reads as typed but is no longer the keyword. */
const WORD_JOINER = '\u2060';

/**
 * Escapes user text for mrkdwn as Slack documents: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;` (so no `<!channel>`,
 * `<@U…>` or `<url|text>` can be written by the text, and a line starting with `>` is not a quote). `@channel`,
 * `@here` and `@everyone` get a word joiner after the `@`, so pasted or posted text never notifies a whole channel.
 * Slack has no escape for `*`, `_`, `~` and backticks: they stay as typed (docs/SHARING-OUT.md).
 */
export function escapeSlackText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=(?:channel|here|everyone)(?![\p{L}\p{N}_]))/giu, `@${WORD_JOINER}`);
}

/** What a reader sees of escaped text (the entities decoded, word joiners removed): for tests and previews. */
export function readSlackText(mrkdwn: string): string {
  return mrkdwn.replaceAll(WORD_JOINER, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A Slack link `<url|label>` for a safe http(s) link (sanitizeLink), or null. In the URL, `&` becomes `&amp;` (as
 * Slack writes links itself) and `|`, `<`, `>` are percent-encoded so the link cannot end early.
 */
export function renderSlackLink(url: string, label: string): string | null {
  const href = sanitizeLink(url);
  if (href === null || !/^https?:/i.test(href)) return null;
  const target = href.replace(/&/g, '&amp;').replace(/[|<>]/g, (ch) => encodeURIComponent(ch));
  return `<${target}|${escapeSlackText(label)}>`;
}
