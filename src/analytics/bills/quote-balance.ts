// Follows the double quotes of CSV text chunk by chunk (RFC 4180: a quoted field may hold line breaks, a quote
// inside it is written twice, which toggles twice) to catch a quote that never closes. A bill field holds no
// line break in practice, so a quote still open many lines later is a broken quote, named by its line.
import { badInput } from '../../core/shared/errors';

/** Line breaks a quoted field may span before its quote is taken for one that never closes. */
export const MAX_QUOTED_LINES = 10;

function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    count++;
  return count;
}

export class QuoteBalance {
  private open = false;
  private openedAt = 0;
  /** Line of the text read so far (1-based). */
  private line = 1;

  constructor(private readonly fileName: string) {}

  private broken(): Error {
    return badInput(
      `第 ${this.openedAt} 行有未闭合的引号（"）：从这一行起的内容都被当成了一个字段。请检查这一行的引号是否成对；文字中的引号要写成两个（""）`,
      { where: this.fileName, line: this.openedAt },
    );
  }

  /** Reads the next chunk of text; throws when a quote has stayed open for too many lines. */
  feed(text: string): void {
    let counted = 0;
    for (let quote = text.indexOf('"'); quote !== -1;) {
      this.line += newlines(text, counted, quote);
      counted = quote;
      this.open = !this.open;
      if (this.open) this.openedAt = this.line;
      quote = text.indexOf('"', quote + 1);
      if (this.open) {
        const until = quote === -1 ? text.length : quote;
        if (this.line - this.openedAt + newlines(text, counted, until) > MAX_QUOTED_LINES)
          throw this.broken();
      }
    }
    this.line += newlines(text, counted, text.length);
  }

  /** The text has ended: a quote still open is broken. */
  end(): void {
    if (this.open) throw this.broken();
  }
}
