// 修改密码: the current password and a new one typed twice (at least 10 characters); used on the login page when a
// handed-out password must be replaced, and from the header by anyone.
import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { errorText } from './api';
import { useAuth } from './auth';

export const minimumPasswordLength = 10;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function ChangePasswordForm({
  submitLabel,
  onDone,
}: {
  submitLabel: string;
  onDone: () => void;
}) {
  const { changePassword } = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: PasswordValues) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      onDone();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PasswordValues> layout="vertical" onFinish={submit} requiredMark={false}>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      <Form.Item
        name="currentPassword"
        label="当前密码"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        extra={`至少 ${minimumPasswordLength} 位；建议用一句容易记住的话或几个词组合。`}
        rules={[
          { required: true, message: '请输入新密码' },
          { min: minimumPasswordLength, message: `新密码至少需要 ${minimumPasswordLength} 位` },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label="再次输入新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
