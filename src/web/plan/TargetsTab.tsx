// 量化目标 tab: every measurable target the parser read, with its comparison, value and deadline; editable.
import { useState } from 'react';
import { Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Target } from '../../core/plan/types';
import { targetOpLabels } from './labels';
import { locatableRow, spanLines } from './review';
import type { ReviewTabProps } from './review';
import { TargetEditModal } from './TargetEditModal';

const orDash = (value: string | null) =>
  value ?? <Typography.Text type="secondary">—</Typography.Text>;

export function TargetsTab(props: ReviewTabProps) {
  const { detail, canEdit, busy, correct } = props;
  const [editing, setEditing] = useState<Target | null>(null);
  const columns: TableColumnsType<Target> = [
    { title: '原文', dataIndex: 'text' },
    { title: '指标', dataIndex: 'subject', width: 160 },
    { title: '运算', dataIndex: 'op', width: 72, render: (op: Target['op']) => targetOpLabels[op] },
    { title: '数值', dataIndex: 'value', width: 72, align: 'right' },
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
      <TargetEditModal
        target={editing}
        busy={busy}
        onClose={() => setEditing(null)}
        correct={correct}
      />
    </>
  );
}
