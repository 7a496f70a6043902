// 补偿测算 by hospital: lost revenue, price gains, the compensation rates, the subsidy that closes the gap and
// who pays it, and what is left to the hospital. 金额单位：元.
import { Table, Tag } from 'antd';
import type { HospitalCompensation } from '../../../core/simulate/compensation';
import { formatRatio, yuanText } from '../common/money';

const money = (title: string, pick: (h: HospitalCompensation) => number, width = 130) => ({
  title,
  width,
  align: 'right' as const,
  sorter: (a: HospitalCompensation, b: HospitalCompensation) => pick(a) - pick(b),
  render: (_: unknown, h: HospitalCompensation) => yuanText(pick(h)),
});

export function CompensationTable({
  hospitals,
  hospitalName,
}: {
  hospitals: HospitalCompensation[];
  hospitalName: (id: string) => string;
}) {
  return (
    <Table<HospitalCompensation>
      size="small"
      rowKey="hospitalId"
      pagination={false}
      dataSource={hospitals}
      scroll={{ x: 1500 }}
      data-testid="compensation-table"
      columns={[
        {
          title: '医院',
          width: 220,
          fixed: 'left',
          render: (_, h) => hospitalName(h.hospitalId),
        },
        money('取消加成减少', (h) => h.lostMarkupFen),
        money('取消药事服务费', (h) => h.abolishedFeeFen),
        money('补偿基数', (h) => h.baseFen),
        money('调价增收', (h) => h.priceGainFen),
        {
          title: '调价补偿率',
          width: 100,
          align: 'right',
          render: (_, h) => formatRatio(h.compensationRate),
        },
        money('财政补助', (h) => h.requiredSubsidyFen),
        money('其中市级', (h) => h.subsidyPayers.city, 110),
        money('其中区级', (h) => h.subsidyPayers.district, 110),
        money('其中原渠道', (h) => h.subsidyPayers.originalChannel, 110),
        {
          title: '总补偿率',
          width: 100,
          align: 'right',
          render: (_, h) => formatRatio(h.totalCompensationRate),
        },
        money('医院承担', (h) => h.hospitalBearsFen),
        {
          title: '达到目标',
          width: 90,
          render: (_, h) =>
            h.reachesTarget ? <Tag color="success">达到</Tag> : <Tag color="error">未达到</Tag>,
        },
      ]}
    />
  );
}
