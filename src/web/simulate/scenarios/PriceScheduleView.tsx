// 调价表: the new prices of the scenario, read-only here (edited in 高级 JSON, or imported by the price office).
import { Table, Typography } from 'antd';
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';
import { LEVEL_NAMES } from '../common/labels';
import { formatYuan } from '../common/money';
import { ProvenanceMark } from './Field';

export function PriceScheduleView({ entries }: { entries: PriceScheduleEntry[] }) {
  return (
    <div>
      <Typography.Paragraph>
        调价表共 {entries.length} 项 <ProvenanceMark path={['priceSchedule']} />
        <Typography.Text type="secondary">
          （在“高级（JSON）”的 priceSchedule 中编辑）
        </Typography.Text>
      </Typography.Paragraph>
      {entries.length > 0 && (
        <Table<PriceScheduleEntry & { index: number }>
          size="small"
          rowKey="index"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={entries.map((entry, index) => ({ ...entry, index }))}
          columns={[
            { title: '项目编码', dataIndex: 'itemCode' },
            { title: '等级', render: (_, row) => LEVEL_NAMES[String(row.level)] },
            { title: '新价格', align: 'right', render: (_, row) => formatYuan(row.priceFen) },
            { title: '起', dataIndex: 'effectiveFrom' },
            { title: '止', render: (_, row) => row.effectiveTo ?? '—' },
            { title: '医保类别', render: (_, row) => row.insuranceClass ?? '不变' },
          ]}
        />
      )}
    </div>
  );
}
