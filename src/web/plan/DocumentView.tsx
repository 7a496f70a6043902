// The plan document with line numbers, read from the server a page at a time as the reader scrolls; scrolls by
// itself to the lines of the selected item (fetching their page) and highlights them. Site furniture (portal
// navigation, log-in prompts, adverts) is hidden unless asked for; a file whose encoding is in doubt can be shown
// in its other reading.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Segmented, Space, Switch, Typography } from 'antd';
import type { DecodingNote, LineRange } from '../../core/plan/types';
import { DocumentFind } from './DocumentFind';
import { DocumentPages } from './DocumentPages';
import type { PlanReading } from './model';
import { PAGE_LINES, useDocumentPages } from './useDocumentPages';

interface Props {
  planId: number;
  /** The revision shown (the lines are read with its visibility). */
  revision: number;
  /** Lines of the document as read, when known (the parse counts them). */
  lineCount: number | null;
  highlighted: number[];
  /** Changes on every request to show lines, so a second click on the same row scrolls again. */
  scrollRequest: number;
  /** Lines that are a web page's furniture, not the document (absent in plans parsed before it was read). */
  furniture?: LineRange[];
  /** Set when the file's encoding is in doubt. */
  decoding?: DecodingNote;
  /** Shows a line found by 在原文中查找 (highlights it and scrolls to it). */
  onFind(line: number): void;
}

const encodingNames: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030（GBK）' };

export function DocumentView({
  planId,
  revision,
  lineCount,
  highlighted,
  scrollRequest,
  furniture,
  decoding,
  onFind,
}: Props) {
  const pane = useRef<HTMLDivElement>(null);
  const [showFurniture, setShowFurniture] = useState(false);
  const [reading, setReading] = useState<PlanReading>('chosen');
  const pages = useDocumentPages(
    planId,
    revision,
    reading,
    reading === 'chosen' ? lineCount : null,
  );
  /** The first line to show: the page holding it is fetched and kept drawn while it is highlighted. */
  const first = highlighted.length > 0 ? Math.min(...highlighted) : null;
  const pinned = first === null ? null : Math.floor((first - 1) / PAGE_LINES);
  /** The jump last scrolled to: a new request, another furniture view or reading scrolls again. */
  const scrolled = useRef<string | null>(null);
  const jump = `${scrollRequest}:${String(showFurniture)}:${reading}`;
  const highlightedSet = useMemo(() => new Set(highlighted), [highlighted]);
  const ranges = useMemo(() => furniture ?? [], [furniture]);
  const furnitureCount = useMemo(
    () => ranges.reduce((sum, range) => sum + range.to - range.from + 1, 0),
    [ranges],
  );
  const isFurniture = useMemo(
    () => (line: number) => ranges.some((range) => line >= range.from && line <= range.to),
    [ranges],
  );
  const alternative = decoding?.alternative ?? null;

  // A jump: fetch the page of the first highlighted line, then scroll once it is drawn.
  const pinnedLines = pinned === null ? undefined : pages.page(pinned);
  useEffect(() => {
    if (pinned === null || first === null) return;
    if (pinnedLines === undefined) {
      void pages.load(pinned);
      return;
    }
    const container = pane.current;
    if (!container || scrolled.current === jump) return;
    const element =
      container.querySelector<HTMLElement>(`[data-line="${first}"]`) ??
      container.querySelector<HTMLElement>(`[data-page="${pinned}"]`);
    if (!element) return;
    scrolled.current = jump;
    const top = Math.max(0, element.offsetTop - container.clientHeight / 4);
    // A long way is jumped, not glided: every page passed on the way would be fetched.
    const far = Math.abs(container.scrollTop - top) > 4 * container.clientHeight;
    container.scrollTo({ top, behavior: far ? 'auto' : 'smooth' });
  }, [first, pinned, pinnedLines, pages, jump]);

  return (
    <div className="doc-pane" ref={pane} data-testid="document" aria-label="方案原文">
      <div className="doc-toolbar">
        <DocumentFind
          planId={planId}
          revision={revision}
          reading={reading}
          onFound={(line) => {
            // A line of the page's furniture is shown only with the furniture.
            if (isFurniture(line)) setShowFurniture(true);
            onFind(line);
          }}
        />
        {decoding ? (
          <Alert
            type="warning"
            showIcon
            message={decoding.reason}
            action={
              alternative ? (
                <Segmented
                  size="small"
                  value={reading}
                  onChange={(value) => setReading(value as PlanReading)}
                  options={[
                    {
                      value: 'chosen',
                      label: `按 ${encodingNames[decoding.encoding] ?? decoding.encoding}`,
                    },
                    {
                      value: 'alternative',
                      label: `按 ${encodingNames[alternative.encoding] ?? alternative.encoding}`,
                    },
                  ]}
                />
              ) : undefined
            }
          />
        ) : null}
        {furnitureCount > 0 ? (
          <Space size={8}>
            <Switch
              size="small"
              checked={showFurniture}
              onChange={setShowFurniture}
              aria-label="显示网页栏目等非正文内容"
            />
            <Typography.Text type="secondary">
              显示网页栏目等非正文内容（{furnitureCount} 行
              {showFurniture ? '，以灰色显示' : '已隐藏'}）
            </Typography.Text>
          </Space>
        ) : null}
      </div>
      {pages.error !== null ? (
        <Alert
          type="error"
          showIcon
          style={{ margin: '4px 12px' }}
          message={pages.error}
          action={
            <Button size="small" onClick={pages.retry}>
              重试
            </Button>
          }
        />
      ) : null}
      <DocumentPages
        key={reading}
        pages={pages}
        pane={pane}
        isFurniture={isFurniture}
        showFurniture={showFurniture}
        highlighted={highlightedSet}
        pinned={pinned}
      />
    </div>
  );
}
