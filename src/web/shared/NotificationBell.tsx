// The bell in the header: the account's unread count (checked every minute and on every page change) and a
// drawer with its notifications, each linking to its ledger item; 全部标为已读.
import { useEffect, useState } from 'react';
import { Badge, Button, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { notificationKindNames, type NotificationKind } from '../../core/ledger/notifications';
import { apiJson } from './api';
import { useLoad } from './useLoad';

interface Notification {
  id: number;
  kind: NotificationKind;
  itemId: number | null;
  text: string;
  createdAt: string;
  read: boolean;
}

const kindColors: Partial<Record<NotificationKind, string>> = {
  overdue: 'red',
  'reply-late': 'red',
  'due-soon': 'orange',
  returned: 'volcano',
  supervision: 'magenta',
  closed: 'green',
};

export function NotificationBell() {
  const location = useLocation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [minute, setMinute] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setMinute((value) => value + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  const { data, reload } = useLoad(`notifications:${location.pathname}:${minute}`, () =>
    apiJson<{ unread: number; notifications: Notification[] }>('GET', '/api/notifications'),
  );
  const read = async (ids?: number[]) => {
    await apiJson('POST', '/api/notifications/read', ids ? { ids } : {}).catch(() => undefined);
    reload();
  };
  return (
    <>
      <Badge count={data?.unread ?? 0} size="small" offset={[-4, 4]}>
        <Button
          size="small"
          icon={<BellOutlined />}
          aria-label="通知"
          data-testid="notification-bell"
          onClick={() => setOpen(true)}
        >
          通知
        </Button>
      </Badge>
      <Drawer
        title="通知"
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        extra={
          <Button size="small" onClick={() => void read()} disabled={(data?.unread ?? 0) === 0}>
            全部标为已读
          </Button>
        }
      >
        <List
          dataSource={data?.notifications ?? []}
          locale={{ emptyText: <Empty description="没有通知" /> }}
          renderItem={(notification) => (
            <List.Item
              style={{ cursor: notification.itemId ? 'pointer' : 'default' }}
              onClick={() => {
                if (!notification.read) void read([notification.id]);
                if (notification.itemId) {
                  setOpen(false);
                  navigate(`/ledger/items/${notification.itemId}`);
                }
              }}
            >
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <Space>
                  <Tag color={kindColors[notification.kind] ?? 'blue'}>
                    {notificationKindNames[notification.kind]}
                  </Tag>
                  {!notification.read && <Badge status="processing" text="未读" />}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {new Date(notification.createdAt).toLocaleString('zh-CN', {
                      timeZone: 'Asia/Shanghai',
                      hour12: false,
                    })}
                  </Typography.Text>
                </Space>
                <Typography.Text strong={!notification.read}>{notification.text}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
