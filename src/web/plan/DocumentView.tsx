// The plan document with line numbers; scrolls by itself and highlights the lines of the selected item.
import { memo, useEffect, useRef } from 'react';

interface Props {
  lines: string[];
  highlighted: number[];
  /** Changes on every request to show lines, so a second click on the same row scrolls again. */
  scrollRequest: number;
}

const DocumentLines = memo(function DocumentLines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((text, index) => (
        <div
          className={text.trim() === '' ? 'doc-line doc-line-blank' : 'doc-line'}
          key={index}
          data-line={index + 1}
        >
          <span className="doc-line-number">{index + 1}</span>
          <span className="doc-line-text">{text}</span>
        </div>
      ))}
    </>
  );
});

export function DocumentView({ lines, highlighted, scrollRequest }: Props) {
  const pane = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = pane.current;
    if (!container) return;
    for (const element of container.querySelectorAll('.doc-line-highlight')) {
      element.classList.remove('doc-line-highlight');
    }
    let first: HTMLElement | null = null;
    for (const line of highlighted) {
      const element = container.querySelector<HTMLElement>(`[data-line="${line}"]`);
      if (!element) continue;
      element.classList.add('doc-line-highlight');
      first ??= element;
    }
    if (first) {
      const top = first.offsetTop - container.clientHeight / 4;
      container.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  }, [highlighted, scrollRequest]);

  return (
    <div className="doc-pane" ref={pane} data-testid="document" aria-label="方案原文">
      <DocumentLines lines={lines} />
    </div>
  );
}
