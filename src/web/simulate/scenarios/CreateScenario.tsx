// 新建测算方案: start from one of the plans' presets (巴南 / 哈尔滨 / 资阳, each described), from the mechanisms
// of any imported plan, or from blank.
import { useState } from 'react';
import dayjs from 'dayjs';
import { Alert, Button, Card, Col, Input, Row, Space, Tag, Typography } from 'antd';
import { errorText } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { scenarioApi, type PresetInfo, type ScenarioDetail } from './api';
import { blankScenario } from './blank';
import { FromPlanCard } from './FromPlanCard';

const BLANK = '';

export function CreateScenario({ onCreated }: { onCreated: (detail: ScenarioDetail) => void }) {
  const presets = useLoad('presets', () => scenarioApi.presets());
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = (preset: PresetInfo | null) => {
    setChosen(preset?.id ?? BLANK);
    setName(preset ? `${preset.name}（测算）` : '新测算方案');
  };

  const create = async () => {
    if (chosen === null) return;
    setCreating(true);
    setError(null);
    try {
      const trimmed = name.trim();
      const body =
        chosen === BLANK
          ? { name: trimmed, scenario: blankScenario(trimmed, dayjs().format('YYYY-MM-DD')) }
          : { name: trimmed, basedOn: chosen };
      onCreated(await scenarioApi.create(body));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setCreating(false);
    }
  };

  const card = (key: string, title: string, text: string, preset: PresetInfo | null) => (
    <Col xs={24} md={12} xl={6} key={key}>
      <Card
        hoverable
        size="small"
        data-testid={`preset-${key || 'blank'}`}
        onClick={() => choose(preset)}
        style={{
          height: '100%',
          borderColor: chosen === key ? '#1677ff' : undefined,
          boxShadow: chosen === key ? '0 0 0 2px rgba(22,119,255,0.2)' : undefined,
        }}
        title={
          <Space>
            {title}
            {chosen === key && <Tag color="blue">已选</Tag>}
          </Space>
        }
      >
        <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 6, expandable: true }}>
          {text}
        </Typography.Paragraph>
      </Card>
    </Col>
  );

  return (
    <div>
      {presets.error !== null && <ErrorAlert error={presets.error} onRetry={presets.reload} />}
      <Row gutter={[12, 12]}>
        {(presets.data ?? []).map((preset) =>
          card(preset.id, preset.name, preset.description, preset),
        )}
        {card(
          BLANK,
          '空白测算方案',
          '不带任何方案的数值：报销比例、补偿率等全部为 0，自行填写。适合本地尚无对应文件的测算。',
          null,
        )}
      </Row>
      {chosen !== null && (
        <Space style={{ marginTop: 12 }} wrap>
          <Input
            aria-label="测算方案名称"
            style={{ width: 420 }}
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="测算方案名称"
          />
          <Button
            type="primary"
            loading={creating}
            disabled={name.trim() === ''}
            onClick={() => void create()}
          >
            创建并编辑
          </Button>
        </Space>
      )}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} />}
      <FromPlanCard onCreated={onCreated} />
    </div>
  );
}
