// Rebuilds text lines from the positioned text pieces of a PDF page: pieces on one baseline form a line,
// lines wrapped by the layout are joined back into their paragraph, wide gaps become tabs.

export interface TextPiece {
  text: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  pieces: TextPiece[];
  y: number;
  left: number;
  right: number;
  fontSize: number;
}

const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** A line that starts like a numbered item ("一、", "（三）", "12.", "第五条") begins a new paragraph. */
const itemStart =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)|第[一二三四五六七八九十百]+[条章节])/;

function groupLines(pieces: TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - piece.y) <= Math.max(line.fontSize, piece.fontSize) * 0.4) {
      line.pieces.push(piece);
      line.fontSize = Math.max(line.fontSize, piece.fontSize);
    } else {
      lines.push({ pieces: [piece], y: piece.y, left: 0, right: 0, fontSize: piece.fontSize });
    }
  }
  for (const line of lines) {
    line.pieces.sort((a, b) => a.x - b.x);
    line.left = Math.min(...line.pieces.map((p) => p.x));
    line.right = Math.max(...line.pieces.map((p) => p.x + p.width));
  }
  return lines;
}

function lineText(line: Line): string {
  let out = '';
  let end: number | null = null;
  for (const piece of line.pieces) {
    if (end !== null) {
      const gap = piece.x - end;
      const last = out.at(-1) ?? '';
      const next = piece.text[0] ?? '';
      if (gap > line.fontSize * 1.5) out += '\t';
      else if (gap > line.fontSize * 0.2 && !cjk.test(last) && !cjk.test(next) && last !== ' ')
        out += ' ';
    }
    out += piece.text;
    end = Math.max(end ?? -Infinity, piece.x + piece.width);
  }
  return out.replace(/\s+$/, '');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A line of a page as the paragraph joiner sees it. */
export interface PageLine {
  text: string;
  /** Starts at the page's left text edge (a paragraph's later lines do; an indented first line does not). */
  startsAtLeft: boolean;
  /** Runs to the page's right text edge, as a line that the layout wrapped does. */
  reachesRight: boolean;
  fontSize: number;
  /** The layout leaves an empty line above it. */
  blankBefore: boolean;
  /** Close enough to the line above to be in the same paragraph. */
  closeBelow: boolean;
}

/** The lines of one page, top to bottom. */
export function pageLayout(pieces: TextPiece[]): PageLine[] {
  // pdf.js fills gaps with space pieces; the gaps themselves say whether a space or a column break is meant.
  const lines = groupLines(pieces.filter((piece) => piece.text.trim().length > 0));
  if (lines.length === 0) return [];
  const spacings = lines.slice(1).map((line, index) => (lines[index]?.y ?? 0) - line.y);
  const lineSpacing = median(spacings.filter((s) => s > 0)) ?? (lines[0]?.fontSize ?? 10) * 1.2;
  const left = Math.min(...lines.map((line) => line.left));
  const right = Math.max(...lines.map((line) => line.right));
  return lines.map((line, index) => {
    const gap = index === 0 ? 0 : (lines[index - 1]?.y ?? 0) - line.y;
    return {
      text: lineText(line),
      startsAtLeft: line.left <= left + line.fontSize * 0.5,
      reachesRight: line.right >= right - line.fontSize * 2.5,
      fontSize: line.fontSize,
      blankBefore: gap > lineSpacing * 1.7,
      closeBelow: index === 0 || gap <= lineSpacing * 1.3,
    };
  });
}

/** True when `line` continues the paragraph of `previous`, which the layout wrapped (also across a page). */
function continues(previous: PageLine, line: PageLine): boolean {
  return (
    previous.reachesRight &&
    line.startsAtLeft &&
    line.closeBelow &&
    !line.blankBefore &&
    Math.abs(previous.fontSize - line.fontSize) < 0.5 &&
    !previous.text.includes('\t') &&
    !line.text.includes('\t') &&
    !itemStart.test(line.text)
  );
}

/** Text lines of the document, pages in order, wrapped lines joined, empty lines where the layout has them. */
export function documentLines(pages: PageLine[][]): string[] {
  const out: string[] = [];
  let previous: PageLine | null = null;
  for (const page of pages) {
    for (const line of page) {
      if (previous && continues(previous, line)) {
        const joined = out.pop() ?? '';
        const space = /[A-Za-z0-9,.;:]$/.test(joined) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
        out.push(joined + space + line.text);
      } else {
        if (line.blankBefore) out.push('');
        out.push(line.text);
      }
      previous = line;
    }
  }
  return out;
}
