// One code list of a scheme, shown page by page with each code's Chinese name, filterable by code or name.
import { useState } from 'react';
import { Input, Table } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { drgApi, type ListPage } from './api';
import { useLoad } from '../../shared/useLoad';

const PAGE_SIZE = 20;

interface Props {
  scheme: string;
  name: string;
  /** A paired category list (an ADRG's procedure categories), shown as the note column. */
  pairedWith?: string | undefined;
}

export function CodeListTable({ scheme, name, pairedWith }: Props) {
  const [page, setPage] = useState(1);
  const [query, setQuery] = useState('');
  const key = JSON.stringify([scheme, name, page, query, pairedWith ?? '']);
  const { data, error, loading } = useLoad(key, () =>
    drgApi.list(scheme, name, {
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      q: query,
      pairedWith,
    }),
  );
  // Keep the previous page on screen while the next one loads, so the table does not jump.
  const [shown, setShown] = useState<ListPage | undefined>(undefined);
  if (data !== undefined && data !== shown) setShown(data);

  const hasNotes = shown?.entries.some((entry) => entry.note !== '') ?? false;
  return (
    <div data-testid={`code-list-${name}`}>
      <Input.Search
        allowClear
        size="small"
        placeholder="按编码开头或名称筛选"
        style={{ width: 260, marginBottom: 8 }}
        onSearch={(text) => {
          setQuery(text);
          setPage(1);
        }}
      />
      {error !== null && <ErrorAlert error={error} />}
      <Table
        size="small"
        rowKey="code"
        loading={loading}
        dataSource={shown?.entries ?? []}
        columns={[
          { title: '编码', dataIndex: 'code', width: 140 },
          { title: '名称', dataIndex: 'name' },
          ...(hasNotes ? [{ title: '部位 / 类别', dataIndex: 'note', width: 140 }] : []),
        ]}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: shown?.matched ?? 0,
          showSizeChanger: false,
          showTotal: (total) =>
            total === shown?.total
              ? `共 ${total} 个编码`
              : `筛选出 ${total} 个（共 ${shown?.total ?? 0} 个）`,
          onChange: setPage,
        }}
      />
    </div>
  );
}
