// The plan as sentences that remember their paragraph, so that a phrase found in one can be quoted from
// the original line it sits on (a sentence may run across a page break onto the next line).
import { lineAt, type Paragraph } from '../lines';
import type { MechanismSource } from './types';

export interface Sentence {
  text: string;
  paragraph: Paragraph;
  /** Where the sentence starts in the paragraph's text. */
  offset: number;
  /** Index of the paragraph in the document, for "the same paragraph" rules. */
  paragraphIndex: number;
}

const SENTENCE_END = /[。；;！!？?]/;

/** Every sentence of every paragraph, in document order; table lines (tabs) are skipped. */
export function toSentences(paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.text.includes('\t')) return;
    let start = 0;
    const text = paragraph.text;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !SENTENCE_END.test(text[i] as string)) continue;
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed !== '') {
        out.push({ text: trimmed, paragraph, offset: start + lead, paragraphIndex });
      }
      start = i + 1;
    }
  });
  return out;
}

/** The span of the paragraph's text that lies on the original line holding `offset`. */
function lineSpan(paragraph: Paragraph, offset: number): [number, number] {
  const line = lineAt(paragraph, offset);
  let start = 0;
  let end = paragraph.text.length;
  for (const join of paragraph.joins ?? []) {
    if (join.line <= line) start = join.offset;
    else {
      end = join.offset;
      break;
    }
  }
  return [start, end];
}

/** The quote of the paragraph's text from `from` to `to`, clipped to the line holding `anchor`. */
function quoteOnLine(
  paragraph: Paragraph,
  anchor: number,
  from: number,
  to: number,
): MechanismSource {
  const [start, end] = lineSpan(paragraph, anchor);
  return {
    line: lineAt(paragraph, anchor),
    quote: paragraph.text.slice(Math.max(from, start), Math.min(to, end)).trim(),
  };
}

/** Characters that end a clause: the quote of a match is its clause, or its sentence when asked. */
const CLAUSE_END = /[，,：:]/;

/**
 * The source of a match at `index` (into the sentence's text): its line, and the clause around it — or the
 * whole sentence with `whole` — clipped to that line.
 */
export function sourceAt(
  sentence: Sentence,
  index: number,
  length = 1,
  options: { whole?: boolean } = {},
): MechanismSource {
  const text = sentence.text;
  let from = 0;
  let to = text.length;
  if (!options.whole) {
    for (let i = index - 1; i >= 0; i--) {
      if (CLAUSE_END.test(text[i] as string)) {
        from = i + 1;
        break;
      }
    }
    for (let i = index + length; i < text.length; i++) {
      if (CLAUSE_END.test(text[i] as string)) {
        to = i;
        break;
      }
    }
  }
  const at = sentence.offset;
  return quoteOnLine(sentence.paragraph, at + index, at + from, at + Math.max(to, index + 1));
}

/** The source of a span of the sentence: from `from` to `to`, clipped to the line of `from`. */
export function sourceOfSpan(sentence: Sentence, from: number, to: number): MechanismSource {
  const at = sentence.offset;
  return quoteOnLine(sentence.paragraph, at + from, at + from, at + to);
}

/** The first sentence matching `pattern`, with the match. */
export function firstMatch(
  sentences: readonly Sentence[],
  pattern: RegExp,
  accept: (sentence: Sentence, match: RegExpExecArray) => boolean = () => true,
): { sentence: Sentence; match: RegExpExecArray } | null {
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.text);
    if (match && accept(sentence, match)) return { sentence, match };
  }
  return null;
}
