// The dialog to create an account, or to change an existing one's name, role and unit (a unit of the registry).
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { errorText } from '../shared/api';
import { useLoad } from '../shared/useLoad';
import { unitApi } from '../units/api';
import { roleLabels, type Role } from '../shared/user';
import type { Account, NewAccount } from './api';

const roleOptions = (Object.keys(roleLabels) as Role[]).map((role) => ({
  value: role,
  label: roleLabels[role],
}));

interface FormValues {
  username: string;
  displayName: string;
  role: Role;
  unitCode?: string | null;
}

export function AccountFormModal({
  open,
  editing,
  onSubmit,
  onClose,
}: {
  open: boolean;
  /** null: a new account. */
  editing: Account | null;
  onSubmit: (values: NewAccount) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const units = useLoad(open ? 'units' : null, () => unitApi.list());
  const unitOptions = (units.data ?? []).map((unit) => ({
    value: unit.code,
    label: `${unit.name}（${unit.code}）`,
  }));

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        unitCode: values.unitCode ?? null,
      });
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? `修改账号 ${editing.username}` : '新建账号'}
      okText={editing ? '保存' : '创建'}
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={close}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      {editing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="改变角色或单位后，该账号需要重新登录。"
        />
      )}
      <Form<FormValues>
        key={editing?.id ?? 'new'}
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={
          editing
            ? {
                username: editing.username,
                displayName: editing.displayName,
                role: editing.role,
                unitCode: editing.unitCode,
              }
            : { role: 'department' }
        }
      >
        <Form.Item
          name="username"
          label="用户名"
          extra={
            editing ? '用户名创建后不能修改。' : '登录用，2–40 位字母、数字、点、下划线或连字符。'
          }
          rules={[
            { required: true, message: '请填写用户名' },
            {
              pattern: /^[A-Za-z0-9._-]{2,40}$/,
              message: '只能用 2–40 位字母、数字、点、下划线或连字符',
            },
          ]}
        >
          <Input disabled={editing !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名或称呼"
          rules={[{ required: true, message: '请填写姓名或称呼' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={roleOptions} />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label="所属单位"
          extra="从单位名录中选择（可输入名称或编码查找）；名录中没有的单位，请先在“单位管理”中登记。"
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={units.loading}
            options={unitOptions}
            placeholder="选择单位"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
