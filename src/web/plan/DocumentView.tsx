// The plan document with line numbers; scrolls by itself and highlights the lines of the selected item.
// Site furniture (portal navigation, log-in prompts, adverts) is hidden unless asked for; a file whose
// encoding is in doubt can be shown in its other reading.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Segmented, Space, Switch, Typography } from 'antd';
import type { DecodingNote, LineRange } from '../../core/plan/types';

interface Props {
  lines: string[];
  highlighted: number[];
  /** Changes on every request to show lines, so a second click on the same row scrolls again. */
  scrollRequest: number;
  /** Lines that are a web page's furniture, not the document (absent in plans parsed before it was read). */
  furniture?: LineRange[];
  /** Set when the file's encoding is in doubt. */
  decoding?: DecodingNote;
}

const encodingNames: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030（GBK）' };

const DocumentLines = memo(function DocumentLines({
  lines,
  isFurniture,
  showFurniture,
}: {
  lines: string[];
  isFurniture: (line: number) => boolean;
  showFurniture: boolean;
}) {
  const classOf = (text: string, line: number) =>
    [
      'doc-line',
      text.trim() === '' ? 'doc-line-blank' : '',
      isFurniture(line) ? 'doc-line-furniture' : '',
    ]
      .filter((name) => name !== '')
      .join(' ');
  return (
    <>
      {lines.map((text, index) =>
        !showFurniture && isFurniture(index + 1) ? null : (
          <div className={classOf(text, index + 1)} key={index} data-line={index + 1}>
            <span className="doc-line-number">{index + 1}</span>
            <span className="doc-line-text">{text}</span>
          </div>
        ),
      )}
    </>
  );
});

export function DocumentView({ lines, highlighted, scrollRequest, furniture, decoding }: Props) {
  const pane = useRef<HTMLDivElement>(null);
  const [showFurniture, setShowFurniture] = useState(false);
  const [reading, setReading] = useState<'chosen' | 'alternative'>('chosen');
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
  const shownLines = useMemo(
    () => (reading === 'alternative' && alternative ? alternative.text.split(/\r\n|\r|\n/) : lines),
    [reading, alternative, lines],
  );

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
  }, [highlighted, scrollRequest, showFurniture, reading]);

  return (
    <div className="doc-pane" ref={pane} data-testid="document" aria-label="方案原文">
      {furnitureCount > 0 || decoding ? (
        <div className="doc-toolbar">
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
                    onChange={(value) => setReading(value as 'chosen' | 'alternative')}
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
      ) : null}
      <DocumentLines lines={shownLines} isFurniture={isFurniture} showFurniture={showFurniture} />
    </div>
  );
}
