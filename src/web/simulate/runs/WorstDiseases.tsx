// 自付增加最多的病种: diseases whose patients pay most more per encounter on average.
import { Table, Typography } from 'antd';
import type { DiseaseChange } from '../../../core/simulate/distribution';
import { formatChange, formatCount, formatShare } from '../common/money';
import type { DiseaseNames } from './useDiseaseNames';

export function WorstDiseases({
  diseases,
  names,
}: {
  diseases: DiseaseChange[];
  names: DiseaseNames;
}) {
  if (diseases.length === 0) {
    return <Typography.Text type="secondary">没有平均自付增加的病种。</Typography.Text>;
  }
  return (
    <Table<DiseaseChange>
      size="small"
      rowKey="disease"
      pagination={false}
      dataSource={diseases}
      data-testid="worst-diseases"
      columns={[
        {
          title: '病种',
          dataIndex: 'disease',
          render: (code: string) => `${code} ${names.get(code)?.name ?? ''}`,
        },
        { title: '人次', dataIndex: 'encounters', align: 'right', render: formatCount },
        {
          title: '次均自付变化',
          dataIndex: 'meanChangeFen',
          align: 'right',
          render: (fen: number) => (
            <Typography.Text type="danger">{formatChange(fen)}</Typography.Text>
          ),
        },
        {
          title: '多付人次占比',
          align: 'right',
          render: (_, d) => formatShare(d.payingMore, d.encounters),
        },
      ]}
    />
  );
}
