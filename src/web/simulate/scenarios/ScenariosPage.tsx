// 测算方案: the saved scenarios with their versions, and creating one from a plan's preset or from blank.
import { basedOnName } from '../../../core/simulate/preset-names';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { errorText } from '../../shared/api';
import { useMay } from '../../shared/auth';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { scenarioApi, type ScenarioSummary } from './api';
import { CreateScenario } from './CreateScenario';

const path = (id: ScenarioSummary['id']) => `/simulate/scenarios/${encodeURIComponent(String(id))}`;

export function ScenariosPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const may = useMay();
  const list = useLoad('scenarios', () => scenarioApi.list());

  const remove = async (scenario: ScenarioSummary) => {
    try {
      await scenarioApi.remove(scenario.id);
      message.success(`已删除「${scenario.name}」`);
      list.reload();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  const columns: TableColumnsType<ScenarioSummary> = [
    {
      title: '名称',
      dataIndex: 'name',
      render: (name: string, row) => <Link to={path(row.id)}>{name}</Link>,
    },
    {
      title: '依据',
      dataIndex: 'basedOn',
      width: 130,
      render: (basedOn: string | null) => (basedOn ? <Tag>{basedOnName(basedOn)}</Tag> : '空白'),
    },
    { title: '版本', dataIndex: 'version', width: 80, render: (v: number) => `第 ${v} 版` },
    {
      title: '最后修改',
      dataIndex: 'updatedAt',
      width: 150,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '修改人',
      dataIndex: 'displayName',
      width: 110,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: '操作',
      width: 200,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(path(row.id))}>
            编辑
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() =>
              navigate(`/simulate/runs?scenario=${encodeURIComponent(String(row.id))}`)
            }
          >
            测算
          </Button>
          {may('scenario.delete', row.ownerUnit) && (
            <Popconfirm
              title="删除这个测算方案？"
              description="各版本一并删除；已完成的测算结果仍保留。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => void remove(row)}
            >
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {may('scenario.write') && (
        <Card title="新建测算方案" size="small">
          <CreateScenario
            onCreated={(detail) => {
              message.success(`已创建「${detail.name}」`);
              navigate(path(detail.id));
            }}
          />
        </Card>
      )}
      <Card title="测算方案" size="small">
        {list.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={list.error} onRetry={list.reload} />
          </div>
        )}
        <Table<ScenarioSummary>
          rowKey="id"
          size="middle"
          loading={list.loading}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有测算方案：请在上方选择一个方案预设或空白方案' }}
        />
      </Card>
    </Space>
  );
}
