// The result of a run, section by section: headline, the three conditions, per-hospital waterfall and
// compensation, out-of-pocket spread, diseases, groupings, the fund, warnings and data problems.
import { useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Alert, Card, Col, Row, Space, Tabs } from 'antd';
import type { BulkSimulationResult } from './api';
import { levelName, schemeName } from '../common/labels';
import { CompensationTable } from './CompensationTable';
import { ConditionCards } from './ConditionCards';
import { DiseaseTable } from './DiseaseTable';
import { FundPanel } from './FundPanel';
import { GroupTable } from './GroupTable';
import { Headline } from './Headline';
import { HospitalWaterfall } from './HospitalWaterfall';
import { OopDistribution } from './OopDistribution';
import { RejectedLines } from './RejectedLines';
import { useDiseaseNames } from './useDiseaseNames';
import { WorstDiseases } from './WorstDiseases';

const Section = ({
  title,
  children,
  extra,
}: {
  title: string;
  children: ReactNode;
  extra?: ReactNode;
}) => (
  <Card title={title} size="small" extra={extra}>
    {children}
  </Card>
);

export function RunResult({
  result,
  hospitalNames,
}: {
  result: BulkSimulationResult;
  hospitalNames: Record<string, string>;
}) {
  const hospitalName = useCallback((id: string) => hospitalNames[id] ?? id, [hospitalNames]);
  const codes = useMemo(() => result.byDisease.map((group) => group.key), [result]);
  const names = useDiseaseNames(codes);
  const { outOfPocketChange: oop } = result;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Headline result={result} />
      <ConditionCards result={result} hospitalName={hospitalName} />
      <Section title="各医院收入变化（取消加成 → 调价增收 → 财政补助 → 净变化）">
        <HospitalWaterfall hospitals={result.hospitals} hospitalName={hospitalName} />
      </Section>
      <Section title="各医院补偿测算（元）">
        <CompensationTable hospitals={result.hospitals} hospitalName={hospitalName} />
      </Section>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Section title="群众自付变化的分布">
            <OopDistribution byPatient={oop.byPatient} byEncounter={oop.byEncounter} />
          </Section>
        </Col>
        <Col xs={24} xl={9}>
          <Section title="自付增加最多的病种（次均）">
            <WorstDiseases diseases={oop.worstHitDiseases} names={names} />
          </Section>
        </Col>
      </Row>
      <Section title="按病种">
        <DiseaseTable groups={result.byDisease} names={names} />
      </Section>
      <Section title="按医院、级别、险种（元）">
        <Tabs
          items={[
            {
              key: 'hospital',
              label: '按医院',
              children: (
                <GroupTable
                  groups={result.byHospital}
                  title="医院"
                  nameOf={hospitalName}
                  testId="by-hospital"
                />
              ),
            },
            {
              key: 'level',
              label: '按医院级别',
              children: <GroupTable groups={result.byLevel} title="级别" nameOf={levelName} />,
            },
            {
              key: 'scheme',
              label: '按险种',
              children: <GroupTable groups={result.byScheme} title="险种" nameOf={schemeName} />,
            },
          ]}
        />
      </Section>
      <Section title="医保基金">
        <FundPanel result={result} />
      </Section>
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="测算提示"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {result.warnings.map((warning) => {
                const [id, ...rest] = warning.split(': ');
                const text =
                  rest.length > 0 ? `${hospitalName(id ?? '')}：${rest.join(': ')}` : warning;
                return <li key={warning}>{text}</li>;
              })}
            </ul>
          }
        />
      )}
      <Section title="数据问题">
        <RejectedLines rejected={result.rejected} lines={result.lines} />
      </Section>
    </Space>
  );
}
