// Shows a generated password once (new account or reset), with a copy button: it is not shown again anywhere.
import { useState } from 'react';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';

export interface OncePassword {
  username: string;
  password: string;
  reason: 'created' | 'reset';
}

export function OncePasswordModal({
  shown,
  onClose,
}: {
  shown: OncePassword | null;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const close = () => {
    setCopied(false);
    onClose();
  };
  return (
    <Modal
      open={shown !== null}
      title={shown?.reason === 'created' ? '账号已创建' : '密码已重置'}
      onCancel={close}
      footer={
        <Button type="primary" onClick={close}>
          我已记下，关闭
        </Button>
      }
      maskClosable={false}
    >
      {shown && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            账号 <Typography.Text strong>{shown.username}</Typography.Text> 的
            {shown.reason === 'created' ? '初始' : '新'}密码：
          </Typography.Text>
          <Space>
            <Typography.Text code style={{ fontSize: 18 }} data-testid="once-password">
              {shown.password}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {copied ? '已复制' : '复制'}
            </Button>
          </Space>
          <Alert
            type="warning"
            showIcon
            title="密码只显示这一次。请当面或通过安全渠道交给本人；对方首次登录时须改成自己的密码。"
          />
        </Space>
      )}
    </Modal>
  );
}
