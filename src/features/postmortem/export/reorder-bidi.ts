// Right-to-left text (Hebrew, Arabic) in a left-to-right document, put in the order the PDF draws it: jsPDF
// draws each string left to right, and its own bidi step (applied per call) cannot see a whole line.

const RTL_LETTER = /[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const ATTACHED = /^(?:\p{M}|\u200c|\u200d|[\ufe00-\ufe0f])$/u;
const LETTER = /[\p{L}\p{Extended_Pictographic}]/u;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
/** Between two digits, these stay inside the number: 1,000 · 2.5 · 14:30 · 3/4. */
const NUMBER_SEPARATOR = /[.,:/]/u;

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

/** Whether `text` has a right-to-left letter (and so needs reorderForDisplay). */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

type Kind = 'L' | 'R' | 'number' | 'neutral';

/** A character with the marks and joiners that follow it: reordered as one, so marks stay on their letter. */
function splitClusters(text: string): string[] {
  const clusters: string[] = [];
  for (const ch of text) {
    if (clusters.length > 0 && ATTACHED.test(ch)) clusters[clusters.length - 1] += ch;
    else clusters.push(ch);
  }
  return clusters;
}

function classify(cluster: string): Kind {
  if (RTL_LETTER.test(cluster[0] as string)) return 'R';
  if (DIGIT.test(cluster)) return 'number';
  if (LETTER.test(cluster)) return 'L';
  return 'neutral';
}

/**
 * The visual order of one line of a left-to-right paragraph, after the Unicode bidi algorithm's main rules:
 * right-to-left letters, and the spaces and punctuation between them, are reversed; numbers inside them keep
 * their digits left to right; brackets inside them are mirrored; combining marks stay after their letter.
 * Explicit embedding controls are not interpreted. A line without right-to-left letters is returned as it is.
 */
export function reorderForDisplay(line: string): string {
  if (!hasRightToLeft(line)) return line;
  const clusters = splitClusters(line);
  const kinds = clusters.map(classify);
  // Separators between two digits belong to the number.
  for (let i = 1; i < clusters.length - 1; i++) {
    if (kinds[i] === 'neutral' && NUMBER_SEPARATOR.test(clusters[i] as string) && kinds[i - 1] === 'number' && kinds[i + 1] === 'number') kinds[i] = 'number';
  }
  // Numbers take the direction of the strong letter before them (the start of the line counts as left to right).
  const levels = new Array<number>(clusters.length).fill(0);
  let context: 'L' | 'R' = 'L';
  kinds.forEach((kind, i) => {
    if (kind === 'L' || kind === 'R') context = kind;
    if (kind === 'R') levels[i] = 1;
    else if (kind === 'number') levels[i] = context === 'R' ? 2 : 0;
  });
  // Neutrals between two right-to-left sides (letters, or numbers inside them) are right to left.
  const isRtlSide = (i: number): boolean => kinds[i] === 'R' || (kinds[i] === 'number' && (levels[i] ?? 0) === 2);
  let i = 0;
  while (i < clusters.length) {
    if (kinds[i] !== 'neutral') {
      i++;
      continue;
    }
    let end = i;
    while (end < clusters.length && kinds[end] === 'neutral') end++;
    if (i > 0 && end < clusters.length && isRtlSide(i - 1) && isRtlSide(end)) levels.fill(1, i, end);
    i = end;
  }
  // Bracket pairs around right-to-left text, after right-to-left text, are right to left (rule N0, simplified).
  const open: number[] = [];
  clusters.forEach((cluster, index) => {
    if (cluster === '(' || cluster === '[' || cluster === '{') open.push(index);
    else if ((cluster === ')' || cluster === ']' || cluster === '}') && open.length > 0) {
      const start = open.pop() as number;
      const inside = kinds.slice(start + 1, index);
      let before: Kind | undefined;
      for (let k = start - 1; k >= 0 && before === undefined; k--) if (kinds[k] === 'L' || kinds[k] === 'R') before = kinds[k];
      if (!inside.includes('L') && inside.includes('R') && before === 'R') {
        levels[start] = 1;
        levels[index] = 1;
        // The neutrals between the pair and the text before it go with them.
        for (let k = start - 1; k >= 0 && kinds[k] === 'neutral'; k--) levels[k] = 1;
      }
    }
  });
  // Reverse every run at or above each level, from the highest down.
  const order = clusters.map((_, index) => index);
  for (let level = 2; level >= 1; level--) {
    let start = 0;
    while (start < order.length) {
      if ((levels[order[start] as number] ?? 0) < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < order.length && (levels[order[end] as number] ?? 0) >= level) end++;
      const reversed = order.slice(start, end).reverse();
      order.splice(start, end - start, ...reversed);
      start = end;
    }
  }
  return order.map((index) => {
    const cluster = clusters[index] as string;
    return (levels[index] ?? 0) % 2 === 1 ? (MIRRORED[cluster] ?? cluster) : cluster;
  }).join('');
}
