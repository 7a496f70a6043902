// 操作记录 (office only): the whole audit trail, filtered by user, object, action and Beijing-time dates, paged,
// exportable as .xlsx with the same filters; actions and objects in Chinese (an unknown action shows its code).
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { auditActionLabel, auditEntityLabel } from '../../core/shared/audit-labels';
import { errorText } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { formatTime } from '../plan/labels';
import { adminApi, type AuditEntry, type AuditFilter } from './api';
import { describeChange } from './describeChange';

/** Who acted when no account did: a failed login came from someone not logged in, the rest from the system. */
const actorless = (action: string) => (action === 'user.login-failed' ? '（未登录）' : '系统');

interface FilterValues {
  username?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** Accounts by display name; two accounts of the same name are told apart by their login names. */
function userOptions(users: { username: string; displayName: string }[] | undefined) {
  const list = users ?? [];
  const shared = (name: string) => list.filter((user) => user.displayName === name).length > 1;
  return list.map((user) => ({
    value: user.username,
    label: shared(user.displayName) ? `${user.displayName}（${user.username}）` : user.displayName,
  }));
}

const columns: TableColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 150, render: formatTime },
  {
    title: '操作人',
    dataIndex: 'displayName',
    width: 110,
    render: (name: string | null, entry) => name ?? entry.username ?? actorless(entry.action),
  },
  {
    title: '操作',
    dataIndex: 'action',
    width: 150,
    render: (action: string) => auditActionLabel(action),
  },
  {
    title: '对象',
    width: 140,
    render: (_value, entry) =>
      `${auditEntityLabel(entry.entity)}${entry.entityId !== null ? ` #${entry.entityId}` : ''}`,
  },
  {
    title: '内容',
    render: (_value, entry) => (
      <Typography.Text style={{ wordBreak: 'break-all' }}>{describeChange(entry)}</Typography.Text>
    ),
  },
];

function filterOf(values: FilterValues): AuditFilter {
  const [from, to] = values.dates ?? [null, null];
  const filter: AuditFilter = {};
  if (values.username) filter.username = values.username;
  if (values.action) filter.action = values.action;
  if (values.entity) filter.entity = values.entity;
  if (values.entityId?.trim()) filter.entityId = values.entityId.trim();
  if (from) filter.from = from.format('YYYY-MM-DD');
  if (to) filter.to = to.format('YYYY-MM-DD');
  return filter;
}

export function AuditPage() {
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ current: 1, size: 50 });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const facets = useLoad('audit-facets', adminApi.auditFacets);
  const entries = useLoad(`audit:${JSON.stringify(filter)}:${page.current}:${page.size}`, () =>
    adminApi.audit(filter, page.current, page.size),
  );

  const search = (values: FilterValues) => {
    setFilter(filterOf(values));
    setPage((previous) => ({ ...previous, current: 1 }));
  };

  const exportXlsx = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await adminApi.exportAudit(filter);
    } catch (caught) {
      setExportError(errorText(caught));
    } finally {
      setExporting(false);
    }
  };

  const options = (values: string[] | undefined, label: (value: string) => string) =>
    (values ?? []).map((value) => ({
      value,
      label: label(value) === value ? value : `${label(value)}（${value}）`,
    }));

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        操作记录
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        全部对象的操作记录，只能追加、不能修改或删除。日期按北京时间。
      </Typography.Paragraph>
      <Form<FilterValues> form={form} layout="inline" onFinish={search} style={{ rowGap: 8 }}>
        <Form.Item name="username" label="操作人">
          <Select
            allowClear
            showSearch
            style={{ width: 140 }}
            optionFilterProp="label"
            options={userOptions(facets.data?.users)}
          />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 200 }}
            options={options(facets.data?.actions, auditActionLabel)}
          />
        </Form.Item>
        <Form.Item name="entity" label="对象">
          <Select
            allowClear
            style={{ width: 150 }}
            options={options(facets.data?.entities, auditEntityLabel)}
          />
        </Form.Item>
        <Form.Item name="entityId" label="对象编号">
          <Input allowClear style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="dates" label="日期">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                search({});
              }}
            >
              清除条件
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportXlsx()}
            >
              导出 Excel
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <div style={{ marginTop: 12 }}>
        {entries.error !== null && <ErrorAlert error={entries.error} onRetry={entries.reload} />}
        {exportError && <ErrorAlert error={new Error(exportError)} />}
      </div>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        style={{ marginTop: 12 }}
        loading={entries.loading}
        columns={columns}
        dataSource={entries.data?.entries ?? []}
        locale={{ emptyText: '没有符合条件的操作记录' }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: entries.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `共 ${total} 条`,
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
    </>
  );
}
