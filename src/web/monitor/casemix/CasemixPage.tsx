// 监测 · 病例组合指数: start a run on a bill dataset, list past runs, and for the chosen run the ranking across
// hospitals, the trend over months, the drill-down to DRGs and cases, and the .xlsx export.
import { drgSchemeName } from '../../../core/drg/scheme-names';
import { WORK_STATUS_NAMES } from '../../../core/shared/work-status';
import { useCallback, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { apiDownload } from '../../shared/api';
import { useMay } from '../../shared/auth';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { casemixApi, type CasemixRunListItem, type RankedHospital } from './api';
import { DrillDown } from './DrillDown';
import { RankingPanel } from './RankingPanel';
import { StartRunForm } from './StartRunForm';
import { TrendPanel } from './TrendPanel';

const STATUS_COLORS = {
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'default',
} as const;

function RunView({ runId }: { runId: number }) {
  const run = useLoad(`run/${runId}`, () => casemixApi.run(runId));
  const trend = useLoad(run.data?.summary ? `trend/${runId}` : null, () => casemixApi.trend(runId));
  const [hospital, setHospital] = useState<RankedHospital | null>(null);
  const [tab, setTab] = useState('ranking');
  if (run.error !== null) return <ErrorAlert error={run.error} onRetry={run.reload} />;
  const summary = run.data?.summary;
  if (!summary)
    return run.data ? (
      <Alert type="warning" showIcon title={run.data.run.error ?? '这次计算还没有结果'} />
    ) : null;
  const open = (row: RankedHospital) => {
    setHospital(row);
    setTab('drill');
  };
  const statuses = Object.entries(summary.byStatus)
    .map(([status, count]) => `${status} ${count}`)
    .join('，');
  return (
    <Card
      title={`第 ${runId} 次计算：${run.data?.run.datasetName ?? ''}`}
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void apiDownload(casemixApi.exportPath(runId), `病例组合指数-${runId}.xlsx`)
          }
        >
          导出 Excel
        </Button>
      }
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="分组方案">{summary.schemeLabel}</Descriptions.Item>
        <Descriptions.Item label="权重">{summary.weights.label}</Descriptions.Item>
        <Descriptions.Item label="全区 CMI">{summary.total.cmi.value ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="住院病例">{`${summary.cases} 例（${statuses}）`}</Descriptions.Item>
        <Descriptions.Item label="读取方式">
          {summary.read.path === 'aggregate'
            ? '按住院汇总读取'
            : `逐行读取（${summary.read.pathReasons.join('；')}）`}
        </Descriptions.Item>
        <Descriptions.Item label="用时">{`${summary.timing.seconds.toFixed(1)} 秒`}</Descriptions.Item>
        {summary.qualityWarnings !== undefined && (
          <Descriptions.Item label="数据质量提示">
            {summary.strict
              ? '严格校验：有提示的病例未分组，计入信息校验不通过'
              : `${summary.qualityWarnings} 例（编码不在目录中或主诊断与性别、年龄不符，仍照常分组）`}
          </Descriptions.Item>
        )}
      </Descriptions>
      {summary.weights.note && (
        <Alert type="warning" showIcon title={summary.weights.note} style={{ marginBottom: 12 }} />
      )}
      {summary.weights.steps && (
        <Alert
          type="info"
          title="权重测算方法"
          description={summary.weights.steps.map((step) => (
            <div key={step}>{step}</div>
          ))}
          style={{ marginBottom: 12 }}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'ranking',
            label: '医院排名',
            children: <RankingPanel ranking={summary.ranking} onOpen={open} />,
          },
          {
            key: 'trend',
            label: '月度趋势',
            children: trend.data ? <TrendPanel trend={trend.data} /> : <Empty />,
          },
          {
            key: 'drill',
            label: '下钻',
            children: hospital ? (
              <DrillDown
                key={hospital.code}
                runId={runId}
                hospital={hospital}
                months={summary.months}
                onBack={() => setTab('ranking')}
              />
            ) : (
              <Empty description="在医院排名中点击一家医院查看其病组与病例" />
            ),
          },
        ]}
      />
    </Card>
  );
}

export function CasemixPage() {
  const runs = useLoad('casemix-runs', () => casemixApi.runs());
  const may = useMay();
  const [selected, setSelected] = useState<number | null>(null);
  const reload = runs.reload;
  const finished = useCallback(
    (runId: number) => {
      setSelected(runId);
      reload();
    },
    [reload],
  );
  const list = runs.data?.runs ?? [];
  const current = selected ?? list.find((run) => run.status === 'done')?.id ?? null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {may('casemix-run.write') && (
        <Card title="病例组合指数（CMI）· 费用消耗指数 · 时间消耗指数">
          <StartRunForm onFinished={finished} />
        </Card>
      )}
      {runs.error !== null && <ErrorAlert error={runs.error} onRetry={runs.reload} />}
      <Card title="历次计算" size="small">
        <Table<CasemixRunListItem>
          data-testid="casemix-runs"
          rowKey="id"
          size="small"
          loading={runs.loading}
          dataSource={list}
          pagination={{ pageSize: 5, showSizeChanger: false }}
          rowClassName={(run) => (run.id === current ? 'ant-table-row-selected' : '')}
          onRow={(run) => ({
            onClick: () => run.status === 'done' && setSelected(run.id),
            style: { cursor: 'pointer' },
          })}
          columns={[
            { title: '#', dataIndex: 'id', width: 56 },
            { title: '账单数据集', dataIndex: 'datasetName' },
            {
              title: '分组方案',
              dataIndex: 'scheme',
              render: (scheme: string) => drgSchemeName(scheme),
            },
            { title: '权重', dataIndex: 'weightLabel' },
            { title: '病例', render: (_, run) => run.headline?.cases ?? '—' },
            { title: '全区 CMI', render: (_, run) => run.headline?.cmi ?? '—' },
            {
              title: '状态',
              render: (_, run) => (
                <Tag color={STATUS_COLORS[run.status]}>{WORK_STATUS_NAMES[run.status]}</Tag>
              ),
            },
            {
              title: '时间',
              dataIndex: 'createdAt',
              render: (at: string) => new Date(at).toLocaleString('zh-CN'),
            },
            { title: '计算人', dataIndex: 'displayName' },
          ]}
        />
      </Card>
      {current !== null && <RunView key={current} runId={current} />}
    </Space>
  );
}
