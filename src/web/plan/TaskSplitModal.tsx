// Split one task into N parts, each with its own title, lead and cooperating units and deadline.
import { useEffect } from 'react';
import { Card, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { Plan, Task } from '../../core/plan/types';
import type { Correction, TaskFields } from '../../core/plan/corrections';
import { UnitSelect } from './UnitSelect';

interface PartValues {
  title: string;
  lead: string[];
  co: string[];
  dueText: string;
  due: Dayjs | null;
}

interface SplitValues {
  parts: PartValues[];
}

function partFrom(task: Task, lead: string[]): PartValues {
  return {
    title: task.title,
    lead,
    co: task.co,
    dueText: task.dueText ?? '',
    due: task.due ? dayjs(task.due) : null,
  };
}

/** 分别负责 tasks split naturally into one part per lead unit; others start as two copies. */
function initialParts(task: Task): PartValues[] {
  if (task.eachLeadsOwnPart && task.lead.length > 1)
    return task.lead.map((unit) => partFrom(task, [unit]));
  return [partFrom(task, task.lead), partFrom(task, task.lead)];
}

function toPart(values: PartValues): TaskFields {
  return {
    title: values.title.trim(),
    lead: values.lead,
    co: values.co,
    dueText: values.dueText.trim() === '' ? null : values.dueText.trim(),
    due: values.due ? values.due.format('YYYY-MM-DD') : null,
  };
}

interface Props {
  plan: Plan;
  task: Task | null;
  busy: boolean;
  onClose(): void;
  correct(correction: Correction, doneText: string): Promise<boolean>;
}

export function TaskSplitModal({ plan, task, busy, onClose, correct }: Props) {
  const [form] = Form.useForm<SplitValues>();
  const parts = Form.useWatch('parts', form) ?? [];

  useEffect(() => {
    if (task) form.setFieldsValue({ parts: initialParts(task) });
  }, [form, task]);

  const resize = (count: number | null) => {
    if (!task || !count) return;
    const current = form.getFieldValue('parts') as PartValues[];
    const next = current.slice(0, count);
    while (next.length < count) next.push(partFrom(task, task.lead));
    form.setFieldsValue({ parts: next });
  };

  const save = async () => {
    if (!task) return;
    const values = await form.validateFields();
    const correction: Correction = {
      op: 'splitTask',
      taskKey: task.key,
      parts: values.parts.map(toPart),
    };
    if (await correct(correction, `已将任务 ${task.ref} 拆分为 ${values.parts.length} 项`))
      onClose();
  };

  return (
    <Modal
      open={task !== null}
      title={task ? `拆分任务 ${task.ref} ${task.title}` : ''}
      okText="拆分"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      width={720}
      forceRender
    >
      <Space style={{ marginBottom: 12 }}>
        拆分为
        <InputNumber min={2} max={20} value={parts.length || 2} onChange={resize} />项
      </Space>
      <Form<SplitValues> form={form} layout="vertical">
        <Form.List name="parts">
          {(fields) =>
            fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`第 ${index + 1} 项`}
                style={{ marginBottom: 12 }}
              >
                <Form.Item
                  name={[field.name, 'title']}
                  label="任务"
                  rules={[{ required: true, whitespace: true, message: '请填写这一项的任务名称' }]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'lead']}
                  label="牵头单位"
                  rules={[
                    {
                      required: true,
                      type: 'array',
                      min: 1,
                      message: '每一项至少要有一个牵头单位',
                    },
                  ]}
                >
                  <UnitSelect plan={plan} />
                </Form.Item>
                <Form.Item name={[field.name, 'co']} label="配合单位">
                  <UnitSelect plan={plan} />
                </Form.Item>
                <Space wrap>
                  <Form.Item
                    name={[field.name, 'dueText']}
                    label="完成时限（原文写法）"
                    style={{ marginBottom: 0 }}
                  >
                    <Input style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'due']}
                    label="截止日期"
                    style={{ marginBottom: 0 }}
                  >
                    <DatePicker placeholder="无时限留空" />
                  </Form.Item>
                </Space>
              </Card>
            ))
          }
        </Form.List>
      </Form>
    </Modal>
  );
}
