// Edit one task: title, lead and cooperating units, deadline as written and as a date; only changes are sent.
import { useEffect } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { Plan, Task } from '../../core/plan/types';
import type { Correction } from '../../core/plan/corrections';
import { UnitSelect } from './UnitSelect';

interface TaskValues {
  title: string;
  lead: string[];
  co: string[];
  dueText: string;
  due: Dayjs | null;
}

type TaskFields = Extract<Correction, { op: 'setTask' }>['fields'];

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

export function changedTaskFields(task: Task, values: TaskValues): TaskFields {
  const fields: TaskFields = {};
  if (values.title.trim() !== task.title) fields.title = values.title.trim();
  if (!sameList(values.lead, task.lead)) fields.lead = values.lead;
  if (!sameList(values.co, task.co)) fields.co = values.co;
  const dueText = values.dueText.trim() === '' ? null : values.dueText.trim();
  if (dueText !== task.dueText) fields.dueText = dueText;
  const due = values.due ? values.due.format('YYYY-MM-DD') : null;
  if (due !== task.due) fields.due = due;
  return fields;
}

interface Props {
  plan: Plan;
  task: Task | null;
  busy: boolean;
  onClose(): void;
  correct(correction: Correction, doneText: string): Promise<boolean>;
}

export function TaskEditModal({ plan, task, busy, onClose, correct }: Props) {
  const [form] = Form.useForm<TaskValues>();

  useEffect(() => {
    if (!task) return;
    form.setFieldsValue({
      title: task.title,
      lead: task.lead,
      co: task.co,
      dueText: task.dueText ?? '',
      due: task.due ? dayjs(task.due) : null,
    });
  }, [form, task]);

  const save = async () => {
    if (!task) return;
    const values = await form.validateFields();
    const fields = changedTaskFields(task, values);
    if (Object.keys(fields).length === 0) {
      onClose();
      return;
    }
    if (await correct({ op: 'setTask', taskKey: task.key, fields }, `已保存任务 ${task.ref}`))
      onClose();
  };

  return (
    <Modal
      open={task !== null}
      title={task ? `编辑任务 ${task.ref}` : ''}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      {task && task.attribution && <p style={{ color: '#8c8c8c' }}>原文分工：{task.attribution}</p>}
      <Form<TaskValues> form={form} layout="vertical">
        <Form.Item
          name="title"
          label="任务"
          rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item
          name="lead"
          label="牵头单位"
          rules={[
            { required: true, type: 'array', min: 1, message: '每项任务至少要有一个牵头单位' },
          ]}
        >
          <UnitSelect plan={plan} />
        </Form.Item>
        <Form.Item name="co" label="配合单位">
          <UnitSelect plan={plan} />
        </Form.Item>
        <Form.Item name="dueText" label="完成时限（原文写法）">
          <Input placeholder="如：2020年底前、全程" />
        </Form.Item>
        <Form.Item name="due" label="截止日期">
          <DatePicker placeholder="选择日期；全程或无时限留空" style={{ width: 240 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
