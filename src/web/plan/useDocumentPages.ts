// The document's lines as the review page holds them: fetched a page at a time from the server when a page
// comes near the screen or a jump needs it, kept once fetched; the line count comes with every page.
import { useCallback, useRef, useState } from 'react';
import { errorText } from '../shared/api';
import { planApi } from './api';
import type { PlanReading } from './model';

/** Lines per page fetched: a screenful is some 30 lines, so a page covers many screens. */
export const PAGE_LINES = 500;

export interface DocumentPages {
  /** Lines of the document in this reading; null until known. */
  lineCount: number | null;
  /** The lines of a page (0-based page index), or undefined while not fetched. */
  page(index: number): string[] | undefined;
  /** Asks for a page; resolves once it is held (at once when it already is). */
  load(index: number): Promise<void>;
  /** The last page that could not be fetched, in words. */
  error: string | null;
  retry(): void;
}

interface Held {
  source: string;
  pages: ReadonlyMap<number, string[]>;
  lineCount: number | null;
  failed: { index: number; text: string } | null;
}

export function useDocumentPages(
  planId: number,
  revision: number,
  reading: PlanReading,
  knownLineCount: number | null,
): DocumentPages {
  // What is held belongs to one plan, revision and reading; another one starts empty.
  const source = `${planId}:${revision}:${reading}`;
  const empty = (): Held => ({ source, pages: new Map(), lineCount: knownLineCount, failed: null });
  const [held, setHeld] = useState<Held>(empty);
  const current = held.source === source ? held : empty();
  const inFlight = useRef(new Map<string, Promise<void>>());

  const load = useCallback(
    (index: number): Promise<void> => {
      if (current.pages.has(index)) return Promise.resolve();
      const key = `${source}:${index}`;
      const pending = inFlight.current.get(key);
      if (pending) return pending;
      const request = planApi
        .lines(planId, { from: index * PAGE_LINES + 1, count: PAGE_LINES, revision, reading })
        .then((answer) => {
          setHeld((before) => {
            const base =
              before.source === source ? before : { ...before, source, pages: new Map() };
            return {
              source,
              pages: new Map(base.pages).set(index, answer.lines),
              lineCount: answer.lineCount,
              failed: null,
            };
          });
        })
        .catch((failure: unknown) => {
          const text = `第 ${index * PAGE_LINES + 1} 行起的原文未能读取：${errorText(failure)}`;
          setHeld((before) =>
            before.source === source ? { ...before, failed: { index, text } } : before,
          );
        })
        .finally(() => inFlight.current.delete(key));
      inFlight.current.set(key, request);
      return request;
    },
    [current.pages, source, planId, revision, reading],
  );

  const failed = current.failed;
  const retry = useCallback(() => {
    if (failed) void load(failed.index);
  }, [failed, load]);
  const page = useCallback((index: number) => current.pages.get(index), [current.pages]);
  return { lineCount: current.lineCount, page, load, error: failed?.text ?? null, retry };
}
