// 操作日志 of one plan (import, corrections, undo, re-parse, publish), loaded when the reviewer opens it.
import { useState } from 'react';
import { Button, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { auditActionLabel } from '../../core/shared/audit-labels';
import { ErrorAlert } from '../shared/ErrorAlert';
import { planApi } from './api';
import { formatTime } from './labels';
import type { AuditEntry } from './model';

/** The words the server recorded for a change ("修改了任务（三）…的牵头单位"), with a publish's reason. */
function changeOf(detail: unknown): string {
  if (typeof detail !== 'object' || detail === null) return '';
  const record = detail as { change?: unknown; reason?: unknown };
  const change = typeof record.change === 'string' ? record.change : '';
  return typeof record.reason === 'string' && !change.includes(record.reason)
    ? `${change}（理由：${record.reason}）`
    : change;
}

const columns: TableColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 140, render: formatTime },
  {
    title: '操作人',
    dataIndex: 'displayName',
    width: 100,
    render: (name: string | null, entry) => name ?? entry.username ?? '—',
  },
  {
    title: '操作',
    dataIndex: 'action',
    width: 90,
    render: (action: string) => auditActionLabel(action),
  },
  {
    title: '内容',
    dataIndex: 'detail',
    render: (detail: unknown) => changeOf(detail),
  },
];

export function AuditLog({ planId }: { planId: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    try {
      setEntries(await planApi.audit(planId));
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  if (entries === null) {
    return (
      <>
        {error !== null && <ErrorAlert error={error} onRetry={() => void load()} />}
        <Button size="small" loading={loading} onClick={() => void load()}>
          查看操作日志
        </Button>
      </>
    );
  }
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...entries].sort((a, b) => b.at.localeCompare(a.at))}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      title={() => (
        <Button size="small" loading={loading} onClick={() => void load()}>
          刷新操作日志
        </Button>
      )}
    />
  );
}
