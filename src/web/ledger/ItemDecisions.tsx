// The moves an account may make on an item now: the lead unit asks for closure (销号); the office approves or
// returns a request, pauses, resumes or reopens. Each sends the version the page shows, so a move made on a
// stale page is refused and the page reloads with the other person's change.
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { allowedActions, type ItemAction } from '../../core/ledger/states';
import { ApiError, errorText } from '../shared/api';
import { ledgerApi, type Decision, type ItemView } from './api';
import { itemActionNames } from './labels';

type Move = Exclude<ItemAction, 'report'>;

const needsReason: Move[] = ['return-closure', 'pause'];

export function ItemDecisions({
  item,
  isLead,
  isOffice,
  hasEvidence,
  onDone,
}: {
  item: ItemView;
  isLead: boolean;
  isOffice: boolean;
  hasEvidence: boolean;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<Move | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ reason?: string; resumeOn?: Dayjs }>();
  const moves = allowedActions(item.state).filter(
    (action): action is Move =>
      action !== 'report' && (action === 'request-closure' ? isLead || isOffice : isOffice),
  );
  if (item.removed || moves.length === 0) return null;

  const run = async (action: Move, values: { reason?: string; resumeOn?: Dayjs }) => {
    setSaving(true);
    try {
      if (action === 'request-closure') {
        await ledgerApi.requestClosure(item.id, item.version, values.reason ?? '');
      } else {
        await ledgerApi.decide(item.id, item.version, {
          action: action as Decision,
          ...(values.reason ? { reason: values.reason } : {}),
          ...(values.resumeOn ? { resumeOn: values.resumeOn.format('YYYY-MM-DD') } : {}),
        });
      }
      message.success(`已${itemActionNames[action]}`);
      setOpen(null);
      form.resetFields();
      onDone();
    } catch (caught) {
      message.error(errorText(caught));
      if (caught instanceof ApiError && caught.status === 409) onDone();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space wrap>
      {moves.map((action) => (
        <Button
          key={action}
          type={
            action === 'approve-closure' || action === 'request-closure' ? 'primary' : 'default'
          }
          danger={action === 'return-closure'}
          disabled={action === 'request-closure' && !hasEvidence}
          title={
            action === 'request-closure' && !hasEvidence ? '申请销号前请先上传佐证材料' : undefined
          }
          onClick={() => setOpen(action)}
        >
          {itemActionNames[action]}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open ? itemActionNames[open] : ''}
        okText="确定"
        cancelText="取消"
        confirmLoading={saving}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => open && void run(open, values)}>
          <Form.Item
            name="reason"
            label={
              open === 'request-closure' ? '说明（可选）' : open === 'pause' ? '暂缓理由' : '理由'
            }
            rules={
              open && needsReason.includes(open)
                ? [{ required: true, whitespace: true, message: '请写明理由' }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {open === 'pause' && (
            <Form.Item
              name="resumeOn"
              label="预计恢复日期"
              rules={[{ required: true, message: '请选择预计恢复推进的日期' }]}
            >
              <DatePicker />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
