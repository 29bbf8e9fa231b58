// Links typed by a user (timeline, runbook, postmortem) end up in an href, a Markdown file and a PDF: one gate for all of them.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns a link safe to put in an `href` (normalised by URL), or null. Only absolute http:, https: and
 * mailto: links pass; javascript:, data:, vbscript:, relative and protocol-relative links do not.
 */
export function sanitizeLink(url: string): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > 2000) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  return parsed.href;
}
