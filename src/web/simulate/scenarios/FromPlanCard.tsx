// The 新建测算方案 card for a plan already imported: pick the plan, see the mechanisms read from it with their
// lines, and create the scenario from them.
import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Spin } from 'antd';
import { errorText } from '../../shared/api';
import { useLoad } from '../../shared/useLoad';
import { planApi } from '../../plan/api';
import type { ScenarioDetail } from './api';
import { MechanismList } from './MechanismList';
import { planDraftApi, type PlanDraftInfo } from './planDraftApi';

export function FromPlanCard({ onCreated }: { onCreated: (detail: ScenarioDetail) => void }) {
  const plans = useLoad('plans-for-scenarios', () => planApi.list());
  const [info, setInfo] = useState<PlanDraftInfo | null>(null);
  const [loading, setLoading] = useState(false);
  const [name, setName] = useState('');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (planId: number) => {
    setLoading(true);
    setError(null);
    try {
      const read = await planDraftApi.mechanisms(planId);
      setInfo(read);
      setName(`${read.title}（测算）`);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setLoading(false);
    }
  };

  const create = async () => {
    if (!info) return;
    setCreating(true);
    setError(null);
    try {
      onCreated(await planDraftApi.create(info.planId, name.trim()));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setCreating(false);
    }
  };

  return (
    <Card size="small" title="根据已导入的方案" style={{ marginTop: 12 }} data-testid="from-plan">
      <Select
        aria-label="选择方案"
        style={{ width: '100%', maxWidth: 560 }}
        placeholder="选择一份方案，读取其中写明的取消加成、补偿和报销办法"
        loading={plans.data === null && plans.error === null}
        value={info?.planId}
        options={(plans.data ?? []).map((plan) => ({
          value: plan.id,
          label: `${plan.title ?? plan.fileName}${plan.issuedOn ? `（${plan.issuedOn}）` : ''}`,
        }))}
        onChange={(planId: number) => void choose(planId)}
      />
      {loading && <Spin style={{ display: 'block', margin: 24 }} />}
      {info && !loading && (
        <div style={{ marginTop: 12 }}>
          <MechanismList mechanisms={info.mechanisms} />
          <Space style={{ marginTop: 12 }} wrap>
            <Input
              aria-label="测算方案名称"
              style={{ width: 420 }}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
            <Button
              type="primary"
              loading={creating}
              disabled={name.trim() === ''}
              onClick={() => void create()}
            >
              根据方案创建测算方案
            </Button>
          </Space>
        </div>
      )}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} />}
    </Card>
  );
}
