// 量化目标 tab: every measurable target the parser read, with its comparison, value and deadline; editable.
// Below them the baselines (基线): figures that describe where the plan starts, from which progress is shown.
import { useState } from 'react';
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Baseline, Target } from '../../core/plan/types';
import { targetOpLabels } from './labels';
import { locatableRow, spanLines } from './review';
import type { ReviewTabProps } from './review';
import { TargetEditModal } from './TargetEditModal';

const orDash = (value: string | null) =>
  value ?? <Typography.Text type="secondary">—</Typography.Text>;

/** The value as the plan writes it: one figure, a change "78 → 90" or a band "8–10". */
function valueText(target: Target) {
  if (target.range?.kind === 'change')
    return (
      <span title={`从 ${target.range.from} 到 ${target.range.to}`}>
        {target.range.from} → {target.range.to}
      </span>
    );
  if (target.range?.kind === 'band')
    return <span title="区间">{`${target.range.from}–${target.range.to}`}</span>;
  return target.value;
}

function BaselinesTable({ props }: { props: ReviewTabProps }) {
  const baselines = props.detail.plan.baselines ?? [];
  if (baselines.length === 0) return null;
  const columns: TableColumnsType<Baseline> = [
    {
      title: '原文',
      dataIndex: 'text',
      render: (text: string) => (
        <>
          <Tag color="default">基线</Tag>
          {text}
        </>
      ),
    },
    { title: '指标', dataIndex: 'subject', width: 160 },
    { title: '数值', dataIndex: 'value', width: 72, align: 'right' },
    { title: '单位', dataIndex: 'unit', width: 64 },
    {
      title: '年份',
      dataIndex: 'year',
      width: 72,
      render: (year: number | null) => orDash(year === null ? null : `${year}年`),
    },
    { title: '适用范围', dataIndex: 'scope', width: 110, render: orDash },
    { title: '监测指标', dataIndex: 'indicator', width: 120, render: orDash },
  ];
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        基线（{baselines.length} 项）
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        方案中描述现状、发展基础或取得成效的数字，以及成文日期以前的数字，是起点而不是目标；监测时以它们为基线展示进展。
      </Typography.Paragraph>
      <Table<Baseline>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={baselines}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        onRow={(baseline) =>
          locatableRow(`baseline:${baseline.key}`, spanLines(baseline.source), props)
        }
        data-testid="baselines"
      />
    </>
  );
}

export function TargetsTab(props: ReviewTabProps) {
  const { detail, canEdit, busy, correct } = props;
  const [editing, setEditing] = useState<Target | null>(null);
  const columns: TableColumnsType<Target> = [
    { title: '原文', dataIndex: 'text' },
    { title: '指标', dataIndex: 'subject', width: 160 },
    { title: '运算', dataIndex: 'op', width: 72, render: (op: Target['op']) => targetOpLabels[op] },
    {
      title: '数值',
      dataIndex: 'value',
      width: 88,
      align: 'right',
      render: (_, target) => valueText(target),
    },
    { title: '单位', dataIndex: 'unit', width: 64 },
    {
      title: '截止',
      dataIndex: 'due',
      width: 104,
      render: (_, target) => orDash(target.due ?? target.dueText),
    },
    { title: '适用范围', dataIndex: 'scope', width: 110, render: orDash },
    { title: '监测指标', dataIndex: 'indicator', width: 120, render: orDash },
  ];
  if (canEdit) {
    columns.push({
      title: '操作',
      width: 104,
      render: (_, target) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(target)}>
            编辑
          </Button>
          <Popconfirm
            title="删除这条量化目标？"
            description="删除后不参与监测比对；可在修订记录中撤销。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() =>
              correct({ op: 'deleteTarget', targetKey: target.key }, '已删除量化目标')
            }
          >
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }
  return (
    <>
      <Table<Target>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={detail.plan.targets}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        onRow={(target) => locatableRow(`target:${target.key}`, spanLines(target.source), props)}
        locale={{ emptyText: '没有识别出量化目标' }}
      />
      <BaselinesTable props={props} />
      <TargetEditModal
        target={editing}
        busy={busy}
        onClose={() => setEditing(null)}
        correct={correct}
      />
    </>
  );
}
