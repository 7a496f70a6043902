// 取值依据: every value of the scenario with where it comes from — the plan's sentence and line, or an
// assumption to fill with its note — so a reviewer sees at a glance what the plan decided and what is open.
import { Table, Tag, Typography } from 'antd';
import { scenarioFieldLabel } from '../../../core/simulate/scenario-labels';
import type { ProvenanceMap, Scenario } from './api';
import { RECORD_FIELDS } from './Field';

interface Row {
  path: string;
  field: string;
  fromPlan: boolean;
  text: string;
  line: number | null;
  document: string | null;
}

function rowsOf(provenance: ProvenanceMap, scenario: Scenario): Row[] {
  return Object.entries(provenance)
    .filter(([path]) => !RECORD_FIELDS.has(path))
    .map(([path, p]) => {
      const keys = path.split('.').map((key) => (key === '*' ? '0' : key));
      const field = scenarioFieldLabel(keys, scenario) + (path.includes('*') ? '（各条相同）' : '');
      return {
        path,
        field,
        fromPlan: !p.assumption,
        text: p.assumption
          ? `${p.note}${p.source ? `（方案原文：“${p.source.quote}”）` : ''}`
          : `“${p.source.quote}”`,
        line: p.source?.line ?? null,
        document: p.source?.document ?? null,
      };
    })
    .sort((a, b) => Number(a.fromPlan) - Number(b.fromPlan) || a.path.localeCompare(b.path));
}

export function ProvenanceTable({
  provenance,
  scenario,
}: {
  provenance: ProvenanceMap;
  scenario: Scenario;
}) {
  const rows = rowsOf(provenance, scenario);
  const fromPlan = rows.filter((row) => row.fromPlan).length;
  return (
    <>
      <Typography.Paragraph>
        来自方案原文 {fromPlan} 项，待填的假设值 {rows.length - fromPlan} 项。
      </Typography.Paragraph>
      <Table<Row>
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={rows}
        data-testid="provenance-table"
        columns={[
          { title: '取值', dataIndex: 'field', width: 280 },
          {
            title: '依据',
            dataIndex: 'fromPlan',
            width: 100,
            render: (fromPlan: boolean) =>
              fromPlan ? <Tag color="blue">方案原文</Tag> : <Tag color="orange">假设值</Tag>,
          },
          { title: '原文或说明', dataIndex: 'text' },
          {
            title: '行号',
            dataIndex: 'line',
            width: 90,
            render: (line: number | null, row) =>
              line === null ? '' : <span title={row.document ?? ''}>第 {line} 行</span>,
          },
        ]}
      />
    </>
  );
}
