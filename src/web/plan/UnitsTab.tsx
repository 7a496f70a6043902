// 单位 tab: each unit name as written, its canonical body and the lines naming it; different spellings stay separate.
import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { UnitMention } from '../../core/plan/types';
import { locatableRow } from './review';
import type { ReviewTabProps } from './review';
import { UnitCanonicalModal } from './UnitCanonicalModal';

const shownLines = 8;

export function UnitsTab(props: ReviewTabProps) {
  const { detail, canEdit, busy, correct, locate } = props;
  const [editing, setEditing] = useState<UnitMention | null>(null);
  const units = detail.plan.units;

  const columns: TableColumnsType<UnitMention> = [
    { title: '原文写法', dataIndex: 'name', width: 200 },
    {
      title: '规范单位',
      dataIndex: 'canonical',
      width: 220,
      filters: [{ text: '未识别', value: 'none' }],
      onFilter: (_, unit) => unit.canonical === null,
      render: (canonical: string | null) => canonical ?? <Tag color="orange">未识别</Tag>,
    },
    {
      title: '出现行',
      dataIndex: 'lines',
      render: (lines: number[], unit) => (
        <Space size={[4, 0]} wrap>
          {lines.slice(0, shownLines).map((line) => (
            <Button
              key={line}
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => locate([line], `unit:${unit.name}`)}
            >
              {line}
            </Button>
          ))}
          {lines.length > shownLines && (
            <Typography.Text type="secondary">等 {lines.length} 处</Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      title: '操作',
      width: 100,
      render: (_, unit) => (
        <Button type="link" size="small" onClick={() => setEditing(unit)}>
          改规范单位
        </Button>
      ),
    });
  }

  return (
    <>
      <Typography.Paragraph type="secondary">
        同一单位在不同文件中写法不同（如
        区卫健委、区卫生健康委）。这里逐一列出原文写法及其规范单位，不会自动合并；请核对后确认。
      </Typography.Paragraph>
      <Table<UnitMention>
        rowKey="name"
        size="small"
        columns={columns}
        dataSource={units}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        onRow={(unit) => locatableRow(`unit:${unit.name}`, unit.lines, props)}
        locale={{ emptyText: '没有识别出单位' }}
      />
      <UnitCanonicalModal
        key={editing?.name ?? ''}
        unit={editing}
        units={units}
        busy={busy}
        onClose={() => setEditing(null)}
        correct={correct}
      />
    </>
  );
}
