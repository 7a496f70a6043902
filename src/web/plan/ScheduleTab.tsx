// 时序安排 tab: the dated schedule of actions and who carries each out.
import { Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ScheduleItem } from '../../core/plan/types';
import { locatableRow, spanLines } from './review';
import type { ReviewTabProps } from './review';

export function ScheduleTab(props: ReviewTabProps) {
  const columns: TableColumnsType<ScheduleItem> = [
    { title: '序号', dataIndex: 'seq', width: 64 },
    {
      title: '时间',
      width: 150,
      render: (_, item) => (
        <>
          <div>{item.dueText}</div>
          {item.due && <div style={{ color: '#8c8c8c' }}>{item.due}</div>}
          {item.ongoing && <Tag>全程</Tag>}
        </>
      ),
    },
    { title: '工作内容', dataIndex: 'task' },
    {
      title: '责任方',
      dataIndex: 'owners',
      width: 200,
      render: (owners: string[]) => (
        <Space size={[0, 4]} wrap>
          {owners.map((owner) => (
            <Tag key={owner}>{owner}</Tag>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table<ScheduleItem>
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={props.detail.plan.schedule}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
      onRow={(item) => locatableRow(`schedule:${item.seq}`, spanLines(item.source), props)}
    />
  );
}
