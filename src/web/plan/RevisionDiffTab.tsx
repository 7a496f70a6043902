// 修订对比 tab: what changed between two revisions — plan details, tasks, targets, work groups, schedule rows —
// added, removed or changed, matched by their stable keys.
import { useEffect, useState } from 'react';
import { Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ChangedItem, DiffItem, FieldChange, ItemDiff } from '../../core/plan/revision-diff';
import { ErrorAlert } from '../shared/ErrorAlert';
import { planApi } from './api';
import { revisionStatusLabels } from './labels';
import type { PlanDetail, RevisionDiff } from './model';

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '（空）';
  if (Array.isArray(value)) return value.length === 0 ? '（无）' : value.join('、');
  return String(value);
};

interface Row {
  key: string;
  kind: 'added' | 'removed' | 'changed';
  label: string;
  changes: FieldChange[];
}

const kindTags = {
  added: <Tag color="green">新增</Tag>,
  removed: <Tag color="red">删除</Tag>,
  changed: <Tag color="blue">修改</Tag>,
};

const rowsOf = (part: ItemDiff): Row[] => [
  ...part.added.map((item: DiffItem) => ({
    key: item.stableKey,
    kind: 'added' as const,
    label: item.label,
    changes: [],
  })),
  ...part.removed.map((item: DiffItem) => ({
    key: item.stableKey,
    kind: 'removed' as const,
    label: item.label,
    changes: [],
  })),
  ...part.changed.map((item: ChangedItem) => ({
    key: item.stableKey,
    kind: 'changed' as const,
    label: item.label,
    changes: item.changes,
  })),
];

const changeList = (changes: FieldChange[]) =>
  changes.map((change) => (
    <div key={change.field}>
      {change.label}：<Typography.Text delete>{show(change.before)}</Typography.Text> →{' '}
      <Typography.Text strong>{show(change.after)}</Typography.Text>
    </div>
  ));

const columns: TableColumnsType<Row> = [
  { title: '变化', dataIndex: 'kind', width: 70, render: (kind: Row['kind']) => kindTags[kind] },
  { title: '条目', dataIndex: 'label' },
  { title: '内容', render: (_, row) => changeList(row.changes) },
];

function defaultPair(detail: PlanDetail): [number, number] {
  const shown = detail.revision.number;
  const other =
    detail.currentRevision !== null && detail.currentRevision !== shown
      ? detail.currentRevision
      : shown - 1;
  return other < shown ? [other, shown] : [shown, other];
}

export function RevisionDiffTab({ detail }: { detail: PlanDetail }) {
  const [pair, setPair] = useState<[number, number]>(() => defaultPair(detail));
  const [diff, setDiff] = useState<{ key: string; diff: RevisionDiff } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = `${pair[0]}:${pair[1]}:${detail.version}`;

  useEffect(() => {
    let cancelled = false;
    planApi.diff(detail.id, pair[0], pair[1]).then(
      (answer) => {
        if (!cancelled) {
          setDiff({ key, diff: answer.diff });
          setError(null);
        }
      },
      (caught: unknown) => {
        if (!cancelled) setError(caught);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [detail.id, pair, key]);

  const options = detail.revisions.map((r) => ({
    value: r.number,
    label: `修订 ${r.number}（${revisionStatusLabels[r.status]}）`,
  }));
  const sections: Array<[string, ItemDiff]> = diff
    ? [
        ['任务', diff.diff.tasks],
        ['量化目标', diff.diff.targets],
        ['工作组', diff.diff.workGroups],
        ['时序安排', diff.diff.schedule],
      ]
    : [];
  const empty =
    diff !== null &&
    diff.diff.meta.length === 0 &&
    sections.every(([, part]) => rowsOf(part).length === 0);

  return (
    <div data-testid="revision-diff">
      <Space style={{ marginBottom: 12 }}>
        从
        <Select
          size="small"
          style={{ width: 180 }}
          value={pair[0]}
          options={options}
          onChange={(from: number) => setPair([from, pair[1]])}
          aria-label="对比起点"
        />
        到
        <Select
          size="small"
          style={{ width: 180 }}
          value={pair[1]}
          options={options}
          onChange={(to: number) => setPair([pair[0], to])}
          aria-label="对比终点"
        />
      </Space>
      {error !== null && <ErrorAlert error={error} onRetry={() => setPair([...pair])} />}
      {diff === null && error === null && <Spin />}
      {empty && <Empty description="两个修订的内容相同" />}
      {diff !== null && diff.diff.meta.length > 0 && (
        <>
          <Typography.Title level={5}>方案信息</Typography.Title>
          {changeList(diff.diff.meta)}
        </>
      )}
      {sections
        .filter(([, part]) => rowsOf(part).length > 0)
        .map(([name, part]) => (
          <div key={name} style={{ marginTop: 12 }}>
            <Typography.Title level={5}>
              {name}：新增 {part.added.length}，删除 {part.removed.length}，修改{' '}
              {part.changed.length}
            </Typography.Title>
            <Table<Row>
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={rowsOf(part)}
              pagination={false}
            />
          </div>
        ))}
    </div>
  );
}
