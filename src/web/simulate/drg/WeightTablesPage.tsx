// 权重表: the stored DRG weight tables by pool, year and version; import a file or the built-in Yancheng table,
// derive one from a bill dataset, view a table's DRGs (and its method), export it to Excel or delete it.
import { useState } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { CalculatorOutlined, DatabaseOutlined, UploadOutlined } from '@ant-design/icons';
import { errorText } from '../../shared/api';
import { useMay } from '../../shared/auth';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { BuiltinImportModal } from './BuiltinImportModal';
import { useDrgContext } from './DrgArea';
import { DeriveWeightsModal } from './DeriveWeightsModal';
import { useLoad } from '../../shared/useLoad';
import { WeightImportModal } from './WeightImportModal';
import { WeightTableView } from './WeightTableView';
import { weightsApi, yuanText, type WeightTableSummary } from './weights-api';

const SOURCE_TAGS = {
  file: <Tag color="blue">文件导入</Tag>,
  builtin: <Tag color="green">内置</Tag>,
  derived: <Tag color="purple">由账单测算</Tag>,
} as const;

type Dialog = 'file' | 'builtin' | 'derive' | null;

export function WeightTablesPage() {
  const { scheme } = useDrgContext();
  const { message } = AntApp.useApp();
  const may = useMay();
  const [round, setRound] = useState(0);
  const tables = useLoad(`tables:${round}`, () => weightsApi.list());
  const [dialog, setDialog] = useState<Dialog>(null);
  const datasets = useLoad(dialog === 'derive' ? 'datasets' : null, () => weightsApi.datasets());
  const [viewing, setViewing] = useState<WeightTableSummary | null>(null);
  const reload = () => setRound((value) => value + 1);

  const imported = (title: string) => {
    setDialog(null);
    void message.success(`已导入：${title}`);
    reload();
  };
  const remove = async (table: WeightTableSummary) => {
    try {
      await weightsApi.remove(table.id);
      if (viewing?.id === table.id) setViewing(null);
      reload();
    } catch (caught) {
      void message.error(errorText(caught));
    }
  };

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        {may('weight-table.write') && (
          <>
            <Button icon={<UploadOutlined />} onClick={() => setDialog('file')}>
              导入文件
            </Button>
            <Button icon={<DatabaseOutlined />} onClick={() => setDialog('builtin')}>
              导入内置盐城权重表
            </Button>
            <Button icon={<CalculatorOutlined />} onClick={() => setDialog('derive')}>
              由账单测算
            </Button>
          </>
        )}
        <Typography.Text type="secondary">
          权重表按统筹区与年度分版本保存；每次导入或测算都成为新的一版，旧版保留。
        </Typography.Text>
      </Space>
      {tables.error !== null && <ErrorAlert error={tables.error} onRetry={tables.reload} />}
      <Table<WeightTableSummary>
        rowKey="id"
        size="small"
        loading={tables.loading}
        dataSource={tables.data?.tables ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{
          emptyText: may('weight-table.write')
            ? '还没有权重表。可导入文件、导入内置的盐城权重表，或由账单测算。'
            : '还没有权重表。权重表由医改办或监测组导入后在这里查看。',
        }}
        data-testid="weight-tables"
        columns={[
          { title: '统筹区', dataIndex: 'pool' },
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '版本', dataIndex: 'version', width: 60, render: (v: number) => `第 ${v} 版` },
          { title: '病组数', dataIndex: 'groupCount', width: 80, align: 'right' },
          {
            title: '基础费率',
            dataIndex: 'baseRateFen',
            align: 'right',
            render: (fen: number) => yuanText(fen),
          },
          {
            title: '来源',
            key: 'source',
            render: (_, table) => (
              <span>
                {SOURCE_TAGS[table.sourceKind]}
                {table.sourceLabel}
              </span>
            ),
          },
          { title: '导入人', dataIndex: 'createdBy', width: 90 },
          {
            title: '时间',
            dataIndex: 'createdAt',
            width: 150,
            render: (at: string) => new Date(at).toLocaleString('zh-CN'),
          },
          {
            title: '操作',
            key: 'actions',
            width: 170,
            render: (_, table) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setViewing(table)}>
                  查看
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    void weightsApi
                      .exportXlsx(table.id)
                      .catch((e: unknown) => message.error(errorText(e)))
                  }
                >
                  导出
                </Button>
                {may('weight-table.delete', table.ownerUnit) && (
                  <Popconfirm
                    title={`删除 ${table.pool} ${table.year} 年 第 ${table.version} 版？`}
                    description="已完成的付费测算保留结果，但不能再用这张表重新测算。"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => void remove(table)}
                  >
                    <Button size="small" type="link" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {viewing !== null && (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={5}>
            {viewing.pool} {viewing.year} 年 第 {viewing.version} 版
          </Typography.Title>
          <WeightTableView key={viewing.id} table={viewing} />
        </div>
      )}
      <WeightImportModal
        open={dialog === 'file'}
        onClose={() => setDialog(null)}
        onImported={imported}
      />
      <BuiltinImportModal
        open={dialog === 'builtin'}
        builtin={tables.data?.builtin ?? []}
        onClose={() => setDialog(null)}
        onImported={imported}
      />
      <DeriveWeightsModal
        open={dialog === 'derive'}
        scheme={scheme}
        datasets={datasets.data ?? []}
        onClose={() => setDialog(null)}
        onDerived={reload}
      />
    </div>
  );
}
