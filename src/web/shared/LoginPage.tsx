// 登录 page: username and password; after login the user returns to the page they asked for. An account logged in
// with a handed-out password changes it here first.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation } from 'react-router-dom';
import { errorText } from './api';
import { useAuth } from './auth';
import { ChangePasswordForm } from './ChangePasswordForm';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { user, login, checkError, mustChangePassword, logout } = useAuth();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/plans';

  if (user && !mustChangePassword) return <Navigate to={from} replace />;
  if (user) {
    return (
      <div
        style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa' }}
      >
        <Card style={{ width: 420 }} title="请先修改密码">
          <Typography.Paragraph>
            {user.displayName}
            ，您现在使用的是系统发放的初始密码或重置后的密码。请设置一个只有您知道的新密码，之后才能继续使用。
          </Typography.Paragraph>
          <ChangePasswordForm submitLabel="修改密码并进入" onDone={() => undefined} />
          <Button type="link" block style={{ marginTop: 8 }} onClick={() => void logout()}>
            退出登录
          </Button>
        </Card>
      </div>
    );
  }

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa' }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          医改 · yigai
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          公立医院综合改革实施平台
        </Typography.Paragraph>
        {checkError !== null && !error && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={errorText(checkError)}
          />
        )}
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
        <Form<LoginValues> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label="用户名"
            rules={[{ required: true, message: '请输入用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label="密码"
            rules={[{ required: true, message: '请输入密码' }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
