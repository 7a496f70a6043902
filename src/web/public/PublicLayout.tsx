// The frame of the public pages, open without logging in: the product name, and 登录 — or, for someone logged
// in, their name, the way to the workspace when they have one, and 退出.
import { Button, Layout, Space, Typography } from 'antd';
import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router-dom';
import { useAuth } from '../shared/auth';
import { useAreas } from '../shared/AppLayout';

export function PublicLayout() {
  const { user, logout } = useAuth();
  const areas = useAreas();
  const workspace = user && areas.length > 1 ? areas[0] : undefined;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          paddingInline: 24,
        }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          医改 · 公开方案
        </Typography.Title>
        <Space>
          {user ? (
            <>
              <span style={{ color: '#fff' }} data-testid="current-user">
                {user.displayName}
              </span>
              {workspace && (
                <Link to={workspace.key}>
                  <Button size="small">进入工作台</Button>
                </Link>
              )}
              <Button icon={<LogoutOutlined />} size="small" onClick={() => void logout()}>
                退出
              </Button>
            </>
          ) : (
            <Link to="/login" state={{ from: '/public' }}>
              <Button icon={<LoginOutlined />} size="small">
                登录
              </Button>
            </Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
