// The document's lines in a scrolling pane, a page at a time: pages near the screen are fetched and shown, the
// others stand as blank blocks of their measured (or estimated) height, so a 65 000-line plan scrolls like a
// short one. The browser's scroll anchoring keeps the view still when a block above it changes height.
import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { PAGE_LINES, type DocumentPages as Pages } from './useDocumentPages';

interface Props {
  pages: Pages;
  /** The scrolling pane the pages sit in. */
  pane: RefObject<HTMLDivElement | null>;
  isFurniture: (line: number) => boolean;
  showFurniture: boolean;
  highlighted: ReadonlySet<number>;
  /** A page shown whether near the screen or not: the one a jump goes to. */
  pinned: number | null;
}

/** How far beyond the pane's edges a page counts as near (fetched and shown). */
const NEAR = '1600px 0px';
/** Height of one line before any page has been measured: the pane's 15px × 1.8. */
const LINE_HEIGHT = 27;

const PageLines = memo(function PageLines({
  index,
  lines,
  isFurniture,
  showFurniture,
  highlighted,
}: {
  index: number;
  lines: string[];
  isFurniture: (line: number) => boolean;
  showFurniture: boolean;
  highlighted: ReadonlySet<number>;
}) {
  const first = index * PAGE_LINES + 1;
  return (
    <>
      {lines.map((text, offset) => {
        const line = first + offset;
        const furniture = isFurniture(line);
        if (furniture && !showFurniture) return null;
        const className = [
          'doc-line',
          text.trim() === '' ? 'doc-line-blank' : '',
          furniture ? 'doc-line-furniture' : '',
          highlighted.has(line) ? 'doc-line-highlight' : '',
        ]
          .filter((name) => name !== '')
          .join(' ');
        return (
          <div className={className} key={line} data-line={line}>
            <span className="doc-line-number">{line}</span>
            <span className="doc-line-text">{text}</span>
          </div>
        );
      })}
    </>
  );
});

export function DocumentPages({
  pages,
  pane,
  isFurniture,
  showFurniture,
  highlighted,
  pinned,
}: Props) {
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([0]));
  /** Measured heights of drawn pages, by page and furniture view, and the lines they held. */
  const [heights, setHeights] = useState<{
    byPage: ReadonlyMap<string, number>;
    height: number;
    lines: number;
  }>(() => ({ byPage: new Map(), height: 0, lines: 0 }));
  const observer = useRef<IntersectionObserver | null>(null);
  const pageCount = Math.max(1, Math.ceil((pages.lineCount ?? 1) / PAGE_LINES));
  const shown = (index: number) =>
    pages.page(index) !== undefined && (near.has(index) || pinned === index);

  useEffect(() => {
    const root = pane.current;
    if (!root) return undefined;
    const watcher = new IntersectionObserver(
      (entries) =>
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.page);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          const same = next.size === previous.size && [...next].every((i) => previous.has(i));
          return same ? previous : next;
        }),
      { root, rootMargin: NEAR },
    );
    observer.current = watcher;
    return () => {
      watcher.disconnect();
      observer.current = null;
    };
  }, [pane]);

  // Watch every page block (observing one already watched does nothing); fetch the pages near the screen.
  useEffect(() => {
    const root = pane.current;
    const watcher = observer.current;
    if (root && watcher) {
      for (const block of root.querySelectorAll<HTMLElement>('[data-page]')) watcher.observe(block);
    }
    for (const index of near) if (index < pageCount) void pages.load(index);
  });

  // Remember how tall each drawn page is, so it keeps its height when it scrolls away and is undrawn.
  useLayoutEffect(() => {
    const root = pane.current;
    if (!root) return;
    const found: Array<[string, number, number]> = [];
    for (const block of root.querySelectorAll<HTMLElement>('[data-page][data-drawn]')) {
      const key = `${block.dataset.page}:${String(showFurniture)}`;
      if (!heights.byPage.has(key)) found.push([key, block.offsetHeight, block.childElementCount]);
    }
    if (found.length === 0) return;
    // Measuring the page after it is drawn is the point of this effect: the heights come from the DOM.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHeights((before) => {
      const byPage = new Map(before.byPage);
      let { height, lines } = before;
      for (const [key, measured, count] of found) {
        if (byPage.has(key)) continue;
        byPage.set(key, measured);
        height += measured;
        lines += count;
      }
      return { byPage, height, lines };
    });
  }, [pane, showFurniture, heights.byPage, near, pinned, pages]);

  const estimate = (index: number) => {
    const known = heights.byPage.get(`${index}:${String(showFurniture)}`);
    if (known !== undefined) return known;
    const first = index * PAGE_LINES + 1;
    const last = Math.min(first + PAGE_LINES - 1, pages.lineCount ?? first);
    let visible = 0;
    for (let line = first; line <= last; line++) if (showFurniture || !isFurniture(line)) visible++;
    const perLine = heights.lines > 0 ? heights.height / heights.lines : LINE_HEIGHT;
    return Math.round(visible * perLine);
  };

  return (
    <>
      {Array.from({ length: pageCount }, (_, index) => {
        const lines = pages.page(index);
        const drawn = lines !== undefined && shown(index);
        return (
          <div key={index} data-page={index} {...(drawn ? { 'data-drawn': '' } : {})}>
            {drawn ? (
              <PageLines
                index={index}
                lines={lines}
                isFurniture={isFurniture}
                showFurniture={showFurniture}
                highlighted={highlighted}
              />
            ) : (
              <div className="doc-page-placeholder" style={{ height: estimate(index) }} />
            )}
          </div>
        );
      })}
    </>
  );
}
