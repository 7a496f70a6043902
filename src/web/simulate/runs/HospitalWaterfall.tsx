// Per hospital: lost markup → price gains → subsidy → net, for one chosen hospital with its compensation
// figures, or all hospitals as small charts side by side.
import { useMemo, useState } from 'react';
import { Col, Descriptions, Row, Segmented, Select, Space, Tag } from 'antd';
import type { HospitalCompensation } from '../../../core/simulate/compensation';
import { SimChart } from '../common/SimChart';
import { formatBp, formatRatio, formatYuan } from '../common/money';
import { waterfallOption, waterfallSteps } from './waterfall';

const BASE_SOURCE: Record<HospitalCompensation['baseSource'], string> = {
  simulated: '测算的减少收入',
  'base-year-markup': '基期药品加成收入',
  'base-year-drug-spending': '基期药品费 × 比例',
};

function Figures({ h }: { h: HospitalCompensation }) {
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="补偿基数">
        {formatYuan(h.baseFen)}（{BASE_SOURCE[h.baseSource]}）
      </Descriptions.Item>
      <Descriptions.Item label="补偿目标">
        {formatBp(h.targetRate)}，即 {formatYuan(h.targetFen)}
      </Descriptions.Item>
      <Descriptions.Item label="调价补偿率">{formatRatio(h.compensationRate)}</Descriptions.Item>
      <Descriptions.Item label="含补助的补偿率">
        {formatRatio(h.totalCompensationRate)}
      </Descriptions.Item>
      <Descriptions.Item label="医院自身承担">{formatYuan(h.hospitalBearsFen)}</Descriptions.Item>
      <Descriptions.Item label="是否达到目标">
        {h.reachesTarget ? <Tag color="success">达到</Tag> : <Tag color="error">未达到</Tag>}
      </Descriptions.Item>
      {h.warning && <Descriptions.Item label="提示">{h.warning}</Descriptions.Item>}
    </Descriptions>
  );
}

export function HospitalWaterfall({
  hospitals,
  hospitalName,
}: {
  hospitals: HospitalCompensation[];
  hospitalName: (id: string) => string;
}) {
  const [view, setView] = useState<'one' | 'all'>('one');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // The hospital with the largest lost markup is shown first: usually the one that matters most.
  const first = useMemo(
    () => [...hospitals].sort((a, b) => b.lostMarkupFen - a.lostMarkupFen)[0]?.hospitalId,
    [hospitals],
  );
  const current = hospitals.find((h) => h.hospitalId === (chosen ?? first));
  const option = useMemo(
    () => (current ? waterfallOption(waterfallSteps(current)) : null),
    [current],
  );
  const multiples = useMemo(
    () =>
      hospitals.map((h) => ({
        id: h.hospitalId,
        option: waterfallOption(waterfallSteps(h), {
          title: hospitalName(h.hospitalId),
          compact: true,
        }),
      })),
    [hospitals, hospitalName],
  );

  return (
    <div data-testid="waterfall">
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          value={view}
          onChange={(value) => setView(value as 'one' | 'all')}
          options={[
            { value: 'one', label: '单家医院' },
            { value: 'all', label: '全部医院' },
          ]}
        />
        {view === 'one' && (
          <Select
            aria-label="选择医院"
            style={{ width: 320 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={current?.hospitalId}
            onChange={setChosen}
            options={hospitals.map((h) => ({
              value: h.hospitalId,
              label: hospitalName(h.hospitalId),
            }))}
          />
        )}
      </Space>
      {view === 'one' && current && option && (
        <Row gutter={16}>
          <Col xs={24} xl={15}>
            <SimChart option={option} style={{ height: 340 }} testId="waterfall-chart" />
          </Col>
          <Col xs={24} xl={9}>
            <Figures h={current} />
          </Col>
        </Row>
      )}
      {view === 'all' && (
        <Row gutter={[8, 8]}>
          {multiples.map(({ id, option: small }) => (
            <Col xs={24} md={12} xl={6} key={id}>
              <SimChart option={small} style={{ height: 220 }} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
