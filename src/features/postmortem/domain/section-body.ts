// The small structure read from a section's plain-text body (paragraphs, bullet and numbered lists), shared by every renderer.

export type BodyBlock =
  | { type: 'paragraph'; lines: string[] }
  | { type: 'list'; ordered: boolean; start: number; items: string[] };

const BULLET = /^[-*•]\s+(.*)$/;
const NUMBERED = /^(\d{1,9})[.)]\s+(.*)$/;

/** Normalises line endings (CRLF, CR) to LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Reads a body: blank lines separate blocks; lines starting with "- ", "* " or "• " are bullet items, "1. " or "1) "
 * numbered items; an indented line continues the previous item; every other line is a paragraph line (a line break).
 * Nothing else is interpreted, so text never turns into markup. Lines are trimmed; empty results are dropped.
 */
export function parseSectionBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let current: BodyBlock | null = null;
  const flush = (): void => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const rawLine of normalizeNewlines(body).split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      flush();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      const text = (bullet ? bullet[1] : numbered?.[2]) ?? '';
      if (!current || current.type !== 'list' || current.ordered !== ordered) {
        flush();
        current = { type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      current.items.push(text.trim());
      continue;
    }
    if (current && current.type === 'list' && /^\s/.test(rawLine)) {
      const index = current.items.length - 1;
      current.items[index] = `${current.items[index] ?? ''}\n${line}`;
      continue;
    }
    if (!current || current.type !== 'paragraph') {
      flush();
      current = { type: 'paragraph', lines: [] };
    }
    current.lines.push(line);
  }
  flush();
  return blocks;
}
