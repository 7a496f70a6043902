// The frame after login: product name, the user's name, role and unit, 修改密码, 退出, and the side menu of the
// areas the account may use (from the server's policy): nobody sees an area whose every page would refuse them.
import { useState } from 'react';
import { App as AntApp, Button, Layout, Menu, Modal, Space, Tag, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalculatorOutlined,
  FileTextOutlined,
  HistoryOutlined,
  KeyOutlined,
  TeamOutlined,
  LineChartOutlined,
  LogoutOutlined,
} from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useMay, useUser } from './auth';
import { ErrorBoundary } from './ErrorBoundary';
import { roleLabels } from './user';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NotificationBell } from './NotificationBell';

/** Each area with the rights of which any one opens it. */
const areas = [
  { key: '/plans', icon: <FileTextOutlined />, label: '方案', needs: ['plan.read'] },
  { key: '/ledger', icon: <AuditOutlined />, label: '台账', needs: ['ledger.read'] },
  { key: '/monitor', icon: <LineChartOutlined />, label: '监测', needs: ['casemix-run.read'] },
  {
    key: '/simulate',
    icon: <CalculatorOutlined />,
    label: '测算',
    needs: ['run.read', 'scenario.read', 'dataset.read', 'drg-tool.read', 'weight-table.read'],
  },
  { key: '/units', icon: <ApartmentOutlined />, label: '单位管理', needs: ['unit.write'] },
  { key: '/admin/users', icon: <TeamOutlined />, label: '账号管理', needs: ['account.write'] },
  { key: '/admin/audit', icon: <HistoryOutlined />, label: '操作记录', needs: ['audit.read'] },
];

/** The areas the account may open, for the menu and for where a login lands. */
export function useAreas() {
  const may = useMay();
  return areas.filter((area) => area.needs.some((name) => may(name)));
}

export function AppLayout() {
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = AntApp.useApp();
  const [changingPassword, setChangingPassword] = useState(false);
  const shown = useAreas().map(({ needs: _needs, ...item }) => item);
  const selected = shown.find((area) => location.pathname.startsWith(area.key))?.key ?? '/plans';

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
          医改 · yigai
        </Typography.Title>
        <Space size="middle">
          <span style={{ color: '#fff' }} data-testid="current-user">
            {user.displayName}
          </span>
          <Tag color="blue" data-testid="current-role">
            {roleLabels[user.role]}
          </Tag>
          {user.unitName && (
            <span style={{ color: 'rgba(255,255,255,0.75)' }}>{user.unitName}</span>
          )}
          <NotificationBell />
          <Button icon={<KeyOutlined />} size="small" onClick={() => setChangingPassword(true)}>
            修改密码
          </Button>
          <Button icon={<LogoutOutlined />} size="small" onClick={() => void logout()}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={160} theme="light" breakpoint="lg" collapsedWidth={56}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={shown}
            onClick={(item) => navigate(item.key)}
            style={{ height: '100%', borderInlineEnd: 0 }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      <Modal
        open={changingPassword}
        title="修改密码"
        footer={null}
        onCancel={() => setChangingPassword(false)}
        destroyOnHidden
      >
        <ChangePasswordForm
          submitLabel="修改密码"
          onDone={() => {
            setChangingPassword(false);
            void message.success('密码已修改；本账号在其他地方的登录已退出。');
          }}
        />
      </Modal>
    </Layout>
  );
}
