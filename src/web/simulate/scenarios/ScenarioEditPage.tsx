// 测算方案 detail: edit the main parameters in a form or everything as JSON, see where each value comes
// from, save a new version with a note, list the versions.
import { basedOnName } from '../../../core/simulate/preset-names';
import { useState } from 'react';
import { Alert, App, Button, Card, Collapse, Space, Spin, Tabs, Tag } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorText } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { scenarioApi, type Scenario } from './api';
import { CompensationSection } from './CompensationSection';
import { ProvenanceContext, RECORD_FIELDS } from './Field';
import { JsonEditor } from './JsonEditor';
import { MarkupSection } from './MarkupSection';
import { setIn, type PathKey } from './path';
import { PriceScheduleEditor } from './PriceScheduleEditor';
import { ProvenanceTable } from './ProvenanceTable';
import { ReimbursementSection } from './ReimbursementSection';
import { SaveVersionModal } from './SaveVersionModal';
import { VersionsList } from './VersionsList';

export function ScenarioEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const loaded = useLoad(`scenario:${id}`, () => scenarioApi.get(Number(id)));
  const detail = loaded.data;
  const detailKey = detail ? `${String(detail.id)}:${detail.version}` : '';
  const [draft, setDraft] = useState<{ key: string; scenario: Scenario } | null>(null);
  const [saving, setSaving] = useState(false);
  const [loadingVersion, setLoadingVersion] = useState<number | null>(null);

  if (!detail) {
    return loaded.error !== null ? (
      <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
    ) : (
      <Spin size="large" style={{ display: 'block', marginTop: 80 }} />
    );
  }

  const scenario = draft?.key === detailKey ? draft.scenario : detail.scenario;
  const dirty =
    draft?.key === detailKey && JSON.stringify(draft.scenario) !== JSON.stringify(detail.scenario);
  const replace = (next: Scenario) => setDraft({ key: detailKey, scenario: next });
  const set = (path: readonly PathKey[], value: unknown) => replace(setIn(scenario, path, value));
  const assumptions = Object.entries(detail.provenance).filter(
    ([path, p]) => p.assumption && !RECORD_FIELDS.has(path),
  ).length;

  const save = async (note: string) => {
    await scenarioApi.save(detail.id, detail.version, scenario, note);
    setSaving(false);
    setDraft(null);
    message.success(`已保存为第 ${detail.version + 1} 版`);
    loaded.reload();
  };

  const loadVersion = async (version: number) => {
    setLoadingVersion(version);
    try {
      const old = await scenarioApi.version(detail.id, version);
      replace(old.scenario);
      message.info(`已载入第 ${version} 版的内容；保存后成为新的一版`);
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setLoadingVersion(null);
    }
  };

  const sections = [
    {
      key: 'markup',
      label: '基本信息与取消药品加成',
      children: <MarkupSection scenario={scenario} set={set} />,
    },
    {
      key: 'reimbursement',
      label: '医保报销政策',
      children: <ReimbursementSection scenario={scenario} set={set} />,
    },
    {
      key: 'compensation',
      label: '补偿与基金承受',
      children: <CompensationSection scenario={scenario} set={set} />,
    },
    {
      key: 'prices',
      label: '调价表',
      children: (
        <PriceScheduleEditor
          entries={scenario.priceSchedule}
          defaultFrom={scenario.markup.effectiveFrom}
          onChange={(entries) => set(['priceSchedule'], entries)}
        />
      ),
    },
  ];

  return (
    <ProvenanceContext value={detail.provenance}>
      <Card
        title={
          <Space wrap>
            <Link to="/simulate/scenarios">测算方案</Link>/
            <span data-testid="scenario-title">{detail.name}</span>
            <Tag color="blue">第 {detail.version} 版</Tag>
            {detail.basedOn?.startsWith('plan:') ? (
              <Link
                to={`/plans/${detail.basedOn.slice('plan:'.length)}`}
                data-testid="based-on-plan"
              >
                <Tag color="blue">依据方案 #{detail.basedOn.slice('plan:'.length)}</Tag>
              </Link>
            ) : (
              detail.basedOn && <Tag>依据 {basedOnName(detail.basedOn)}</Tag>
            )}
            {dirty && <Tag color="gold">有未保存的修改</Tag>}
          </Space>
        }
        extra={
          <Space>
            <Button disabled={!dirty} onClick={() => setDraft(null)}>
              放弃修改
            </Button>
            <Button type="primary" disabled={!dirty} onClick={() => setSaving(true)}>
              保存为新版本
            </Button>
            <Button
              onClick={() =>
                navigate(`/simulate/runs?scenario=${encodeURIComponent(String(detail.id))}`)
              }
            >
              按此测算方案测算
            </Button>
          </Space>
        }
      >
        {assumptions > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`本测算方案有 ${assumptions} 处假设值（橙色标出），方案原文没有给出，请按本地政策核实后再测算。`}
            description="蓝色标签的值来自方案原文，鼠标移上去可看原文和行号。"
          />
        )}
        <Tabs
          destroyOnHidden
          items={[
            {
              key: 'form',
              label: '主要参数',
              children: <Collapse defaultActiveKey={['markup', 'compensation']} items={sections} />,
            },
            {
              key: 'provenance',
              label: '取值依据',
              children: <ProvenanceTable provenance={detail.provenance} scenario={scenario} />,
            },
            {
              key: 'json',
              label: '高级（JSON）',
              children: <JsonEditor scenario={scenario} onChange={replace} />,
            },
            {
              key: 'versions',
              label: `版本记录（${detail.versions.length}）`,
              children: (
                <VersionsList
                  versions={detail.versions}
                  current={detail.version}
                  loadingVersion={loadingVersion}
                  onLoad={(version) => void loadVersion(version)}
                />
              ),
            },
          ]}
        />
      </Card>
      <SaveVersionModal
        open={saving}
        nextVersion={detail.version + 1}
        onCancel={() => setSaving(false)}
        onSave={save}
        onRefresh={() => {
          setSaving(false);
          setDraft(null);
          loaded.reload();
        }}
      />
    </ProvenanceContext>
  );
}
