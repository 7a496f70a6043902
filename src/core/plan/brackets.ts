// Outermost bracket groups of a text — （…） (…) 〔…〕 […] 【…】 — with nested groups ("各县（区）")
// kept inside; full-width and half-width brackets of the same shape match each other.

export interface BracketGroup {
  /** The group as written, brackets included. */
  text: string;
  /** The content between the brackets. */
  inner: string;
  /** Position of the opening bracket. */
  index: number;
}

const OPEN: Record<string, string> = {
  '（': 'round',
  '(': 'round',
  '〔': 'square',
  '[': 'square',
  '［': 'square',
  '【': 'square',
};
const CLOSE: Record<string, string> = {
  '）': 'round',
  ')': 'round',
  '〕': 'square',
  ']': 'square',
  '］': 'square',
  '】': 'square',
};

/** Outermost groups in order; an unclosed opening bracket is ignored. */
export function bracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  const stack: { shape: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const open = OPEN[ch];
    if (open !== undefined) {
      stack.push({ shape: open, index: i });
      continue;
    }
    const close = CLOSE[ch];
    if (close === undefined) continue;
    let at = stack.length - 1;
    while (at >= 0 && stack[at]?.shape !== close) at--;
    if (at < 0) continue;
    const start = stack[at]?.index ?? 0;
    stack.length = at;
    if (stack.length === 0) {
      groups.push({
        text: text.slice(start, i + 1),
        inner: text.slice(start + 1, i),
        index: start,
      });
    }
  }
  // Groups inside an unclosed outer bracket ("(联系人:…" without its ")") are still reported.
  return groups;
}
