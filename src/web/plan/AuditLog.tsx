// 操作日志 of one plan (import, corrections, undo, re-parse, publish), loaded when the reviewer opens it.
import { useState } from 'react';
import { Button, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { ErrorAlert } from '../shared/ErrorAlert';
import { planApi } from './api';
import { formatTime } from './labels';
import type { AuditEntry } from './model';

const actionLabels: Record<string, string> = {
  'plan.import': '导入',
  'plan.correct': '修订',
  'plan.correction-undo': '撤销修订',
  'plan.reparse': '重新解析',
  'plan.publish': '发布',
  'plan.delete': '删除',
};

const columns: TableColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 140, render: formatTime },
  {
    title: '操作人',
    dataIndex: 'username',
    width: 100,
    render: (name: string | null) => name ?? '—',
  },
  {
    title: '操作',
    dataIndex: 'action',
    render: (action: string) => actionLabels[action] ?? action,
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
