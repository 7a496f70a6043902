// Drill-down of one hospital: its DRGs (cases, RW, mean cost and stay, indices; optionally one month), then the
// cases of a chosen DRG, ten per page, read from the run's per-case file.
import { useState } from 'react';
import { Breadcrumb, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { casemixApi, meanCost, meanStay, yuan, type CaseRow, type DrgFigures } from './api';

const index = (value: string | null) => value ?? '—';

export function DrillDown({
  runId,
  hospital,
  months,
  onBack,
}: {
  runId: number;
  hospital: { code: string; name: string };
  months: string[];
  onBack: () => void;
}) {
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [drg, setDrg] = useState<DrgFigures | null>(null);
  const [page, setPage] = useState(1);
  const drgs = useLoad(`${runId}/${hospital.code}/${month ?? ''}`, () =>
    casemixApi.drgs(runId, hospital.code, month),
  );
  const cases = useLoad(
    drg === null ? null : `${runId}/${hospital.code}/${drg.drg}/${month ?? ''}/${page}`,
    () => casemixApi.cases(runId, { hospital: hospital.code, drg: drg?.drg ?? '', month, page }),
  );

  const drgColumns: ColumnsType<DrgFigures> = [
    {
      title: 'DRG',
      dataIndex: 'drg',
      render: (code: string) => <Typography.Link>{code || '（未入组）'}</Typography.Link>,
    },
    { title: '名称', dataIndex: 'name' },
    {
      title: '病例数',
      render: (_, row) => row.figures.cases,
      sorter: (a, b) => a.figures.cases - b.figures.cases,
      defaultSortOrder: 'descend',
    },
    { title: 'RW', dataIndex: 'rw', render: index },
    { title: '例均费用（元）', render: (_, row) => meanCost(row.figures) },
    { title: '平均住院日', render: (_, row) => meanStay(row.figures) },
    { title: '费用消耗指数', render: (_, row) => index(row.figures.costEfficiency.value) },
    { title: '时间消耗指数', render: (_, row) => index(row.figures.timeEfficiency.value) },
  ];
  const caseColumns: ColumnsType<CaseRow> = [
    { title: '住院号', dataIndex: 'case_id' },
    { title: '科室', dataIndex: 'department' },
    { title: '出院日期', dataIndex: 'discharge_date' },
    { title: '主要诊断', dataIndex: 'principal_dx' },
    { title: '住院日', dataIndex: 'los_days' },
    { title: '费用（元）', dataIndex: 'cost_fen', render: (fen: number) => yuan(fen) },
    { title: 'RW', dataIndex: 'rw', render: index },
    {
      title: '费用比',
      dataIndex: 'cost_index',
      render: (value: string | null) => (value === null ? '—' : Number(value).toFixed(3)),
    },
    { title: '状态', dataIndex: 'status' },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="casemix-drilldown">
      <Breadcrumb
        items={[
          { title: <Typography.Link onClick={onBack}>全部医院</Typography.Link> },
          {
            title:
              drg === null ? (
                hospital.name
              ) : (
                <Typography.Link onClick={() => setDrg(null)}>{hospital.name}</Typography.Link>
              ),
          },
          ...(drg === null ? [] : [{ title: `${drg.drg} ${drg.name}` }]),
        ]}
      />
      <Space>
        <span>月份</span>
        <Select
          aria-label="月份"
          allowClear
          placeholder="全部月份"
          style={{ width: 140 }}
          value={month}
          onChange={(value?: string) => {
            setMonth(value);
            setPage(1);
          }}
          options={months.map((value) => ({ value, label: value }))}
        />
      </Space>
      {drgs.error !== null && <ErrorAlert error={drgs.error} onRetry={drgs.reload} />}
      {drg === null ? (
        <Table<DrgFigures>
          data-testid="casemix-drgs"
          rowKey="drg"
          size="small"
          loading={drgs.loading}
          columns={drgColumns}
          dataSource={drgs.data?.drgs ?? []}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          onRow={(row) => ({
            onClick: () => {
              setDrg(row);
              setPage(1);
            },
            style: { cursor: 'pointer' },
          })}
        />
      ) : (
        <>
          {cases.error !== null && <ErrorAlert error={cases.error} onRetry={cases.reload} />}
          <Table<CaseRow>
            data-testid="casemix-cases"
            rowKey="case_id"
            size="small"
            loading={cases.loading}
            columns={caseColumns}
            dataSource={cases.data?.cases ?? []}
            pagination={{
              current: page,
              pageSize: 10,
              total: cases.data?.total ?? 0,
              showSizeChanger: false,
              onChange: setPage,
              showTotal: (total) => `共 ${total} 例`,
            }}
          />
        </>
      )}
    </Space>
  );
}
