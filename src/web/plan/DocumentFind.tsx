// 在原文中查找: the server searches the whole document (the page holds only the lines on screen), and the
// reader steps through the lines found; each step scrolls the document to that line and highlights it.
import { useState } from 'react';
import { Button, Input, Space, Typography } from 'antd';
import { errorText } from '../shared/api';
import { planApi } from './api';
import type { PlanLineMatches, PlanReading } from './model';

interface Props {
  planId: number;
  revision: number;
  reading: PlanReading;
  /** Shows one line found. */
  onFound(line: number): void;
}

export function DocumentFind({ planId, revision, reading, onFound }: Props) {
  const [found, setFound] = useState<PlanLineMatches | null>(null);
  const [at, setAt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const show = (matches: PlanLineMatches, index: number) => {
    const line = matches.lines[index];
    if (line === undefined) return;
    setAt(index);
    onFound(line);
  };

  const search = async (value: string) => {
    const text = value.trim();
    if (text === '') {
      setFound(null);
      return;
    }
    setBusy(true);
    try {
      const matches = await planApi.findLines(planId, { text, revision, reading });
      setFound(matches);
      setFailure(null);
      show(matches, 0);
    } catch (error) {
      setFailure(`查找未完成：${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const count = found?.lines.length ?? 0;
  return (
    <Space size={8} wrap>
      <Input.Search
        size="small"
        allowClear
        placeholder="在原文中查找"
        aria-label="在原文中查找"
        loading={busy}
        onSearch={(value) => void search(value)}
        style={{ width: 220 }}
      />
      {found !== null && count === 0 && (
        <Typography.Text type="secondary">原文中没有“{found.text}”</Typography.Text>
      )}
      {found !== null && count > 0 && (
        <>
          <Typography.Text type="secondary" data-testid="find-position">
            第 {at + 1} / {found.total} 处
            {found.total > count ? `（可逐处查看前 ${count} 处）` : ''}
          </Typography.Text>
          <Button size="small" disabled={at === 0} onClick={() => show(found, at - 1)}>
            上一处
          </Button>
          <Button size="small" disabled={at >= count - 1} onClick={() => show(found, at + 1)}>
            下一处
          </Button>
        </>
      )}
      {failure !== null && <Typography.Text type="danger">{failure}</Typography.Text>}
    </Space>
  );
}
