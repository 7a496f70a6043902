// 账号管理 (office only): every account with role, unit and state; create, change role and unit, disable or
// enable, reset a password (shown once).
import { useState } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorText } from '../shared/api';
import { useUser } from '../shared/auth';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { roleLabels } from '../shared/user';
import { formatTime } from '../plan/labels';
import { AccountFormModal } from './AccountFormModal';
import { adminApi, type Account, type NewAccount } from './api';
import { OncePasswordModal, type OncePassword } from './OncePasswordModal';

export function UsersPage() {
  const me = useUser();
  const { message } = AntApp.useApp();
  const accounts = useLoad('accounts', adminApi.accounts);
  const [dialog, setDialog] = useState<{ editing: Account | null } | null>(null);
  const [once, setOnce] = useState<OncePassword | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const act = async (account: Account, work: () => Promise<unknown>, done: string) => {
    setBusyId(account.id);
    try {
      await work();
      message.success(done);
      accounts.reload();
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setBusyId(null);
    }
  };

  const submit = async (values: NewAccount) => {
    if (dialog?.editing) {
      const editing = dialog.editing;
      await adminApi.change(editing.id, {
        displayName: values.displayName,
        role: values.role,
        unitCode: values.unitCode,
      });
      message.success(`已保存账号 ${editing.username}`);
    } else {
      const created = await adminApi.create(values);
      setOnce({ username: created.user.username, password: created.password, reason: 'created' });
    }
    setDialog(null);
    accounts.reload();
  };

  const columns: TableColumnsType<Account> = [
    { title: '用户名', dataIndex: 'username', width: 140 },
    { title: '姓名或称呼', dataIndex: 'displayName', width: 160 },
    {
      title: '角色',
      dataIndex: 'role',
      width: 100,
      render: (role: Account['role']) => <Tag color="blue">{roleLabels[role]}</Tag>,
      filters: Object.entries(roleLabels).map(([value, text]) => ({ value, text })),
      onFilter: (value, account) => account.role === value,
    },
    { title: '所属单位', dataIndex: 'unitName', render: (unit: string | null) => unit ?? '—' },
    {
      title: '状态',
      width: 150,
      render: (_value, account) => (
        <Space size={4} wrap>
          {account.disabled ? <Tag color="red">已停用</Tag> : <Tag color="green">启用</Tag>}
          {account.mustChangePassword && <Tag color="gold">待改密码</Tag>}
        </Space>
      ),
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: formatTime },
    {
      title: '操作',
      width: 260,
      render: (_value, account) => {
        const self = account.id === me.id;
        const busy = busyId === account.id;
        return (
          <Space size={4} wrap>
            <Button size="small" onClick={() => setDialog({ editing: account })}>
              修改
            </Button>
            {account.disabled ? (
              <Button
                size="small"
                loading={busy}
                onClick={() =>
                  void act(
                    account,
                    () => adminApi.change(account.id, { disabled: false }),
                    `已启用 ${account.username}`,
                  )
                }
              >
                启用
              </Button>
            ) : (
              <Popconfirm
                title={`停用 ${account.username}？`}
                description="停用后立即退出登录，且不能再登录；可随时重新启用。"
                okText="停用"
                cancelText="取消"
                disabled={self}
                onConfirm={() =>
                  act(
                    account,
                    () => adminApi.change(account.id, { disabled: true }),
                    `已停用 ${account.username}`,
                  )
                }
              >
                <Button size="small" danger disabled={self} loading={busy}>
                  停用
                </Button>
              </Popconfirm>
            )}
            <Popconfirm
              title={`重置 ${account.username} 的密码？`}
              description="旧密码立即失效、该账号退出登录；新密码只显示一次。"
              okText="重置"
              cancelText="取消"
              onConfirm={() =>
                act(
                  account,
                  async () => {
                    const reset = await adminApi.resetPassword(account.id);
                    setOnce({
                      username: account.username,
                      password: reset.password,
                      reason: 'reset',
                    });
                  },
                  `已重置 ${account.username} 的密码`,
                )
              }
            >
              <Button size="small" loading={busy}>
                重置密码
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          账号管理
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ editing: null })}>
          新建账号
        </Button>
      </Space>
      {accounts.error !== null && <ErrorAlert error={accounts.error} onRetry={accounts.reload} />}
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={accounts.loading}
        columns={columns}
        dataSource={accounts.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有账号' }}
      />
      <AccountFormModal
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        onSubmit={submit}
        onClose={() => setDialog(null)}
      />
      <OncePasswordModal shown={once} onClose={() => setOnce(null)} />
    </>
  );
}
