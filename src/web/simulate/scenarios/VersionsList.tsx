// 版本记录: every saved version with who saved it, when, and the note; an older one can be loaded to edit.
import { Button, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ScenarioVersion } from './api';

export function VersionsList({
  versions,
  current,
  loadingVersion,
  onLoad,
}: {
  versions: ScenarioVersion[];
  current: number;
  loadingVersion: number | null;
  onLoad: (version: number) => void;
}) {
  return (
    <Table<ScenarioVersion>
      size="small"
      rowKey="version"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={[...versions].sort((a, b) => b.version - a.version)}
      data-testid="scenario-versions"
      columns={[
        {
          title: '版本',
          dataIndex: 'version',
          width: 90,
          render: (version: number) => (
            <span>
              第 {version} 版 {version === current && <Tag color="blue">当前</Tag>}
            </span>
          ),
        },
        {
          title: '保存时间',
          dataIndex: 'createdAt',
          width: 150,
          render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
        },
        {
          title: '保存人',
          dataIndex: 'displayName',
          width: 120,
          render: (v: string | null) => v ?? '—',
        },
        { title: '说明', dataIndex: 'note', render: (v: string | null) => v || '—' },
        {
          title: '',
          width: 110,
          render: (_, row) =>
            row.version === current ? null : (
              <Button
                size="small"
                loading={loadingVersion === row.version}
                onClick={() => onLoad(row.version)}
              >
                载入此版本
              </Button>
            ),
        },
      ]}
    />
  );
}
