// 根据方案创建测算方案: shows the money mechanisms the plan states, with their lines, and creates a scenario
// from them (values the plan leaves open become assumptions to fill), then opens it.
import { useState } from 'react';
import { App, Button, Input, Modal, Spin } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { can } from '../../core/shared/roles';
import { errorText } from '../shared/api';
import { useUser } from '../shared/auth';
import { MechanismList } from '../simulate/scenarios/MechanismList';
import { planDraftApi, type PlanDraftInfo } from '../simulate/scenarios/planDraftApi';

export function PlanScenarioButton({ planId }: { planId: number }) {
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [info, setInfo] = useState<PlanDraftInfo | null>(null);
  const [name, setName] = useState('');
  const [creating, setCreating] = useState(false);
  if (!can(user, 'bills.use')) return null;

  const show = async () => {
    setOpen(true);
    setInfo(null);
    try {
      const read = await planDraftApi.mechanisms(planId);
      setInfo(read);
      setName(`${read.title}（测算）`);
    } catch (caught) {
      setOpen(false);
      message.error(errorText(caught));
    }
  };

  const create = async () => {
    setCreating(true);
    try {
      const created = await planDraftApi.create(planId, name.trim() || undefined);
      message.success('已根据方案创建测算方案');
      navigate(`/simulate/scenarios/${encodeURIComponent(String(created.id))}`);
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setCreating(false);
    }
  };

  return (
    <>
      <Button icon={<CalculatorOutlined />} onClick={() => void show()}>
        根据方案创建测算方案
      </Button>
      <Modal
        open={open}
        width={760}
        title="根据方案创建测算方案"
        okText="创建并编辑"
        cancelText="取消"
        okButtonProps={{ disabled: info === null || name.trim() === '', loading: creating }}
        onOk={() => void create()}
        onCancel={() => setOpen(false)}
      >
        {info === null ? (
          <Spin style={{ display: 'block', margin: '40px auto' }} />
        ) : (
          <>
            <Input
              aria-label="测算方案名称"
              value={name}
              onChange={(event) => setName(event.target.value)}
              style={{ marginBottom: 12 }}
            />
            <MechanismList mechanisms={info.mechanisms} />
          </>
        )}
      </Modal>
    </>
  );
}
