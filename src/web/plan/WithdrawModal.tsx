// 撤回 dialog: a published plan stops being current, with the reason written down; it is kept and stays readable.
import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';

interface Props {
  title: string;
  open: boolean;
  onCancel(): void;
  onWithdraw(reason: string): Promise<unknown>;
}

export function WithdrawModal({ title, open, onCancel, onWithdraw }: Props) {
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);

  const withdraw = async () => {
    setSending(true);
    try {
      await onWithdraw(reason.trim());
      setReason('');
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open={open}
      title="撤回这份方案？"
      okText="撤回"
      okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
      cancelText="取消"
      confirmLoading={sending}
      onOk={() => void withdraw()}
      onCancel={onCancel}
    >
      <Typography.Paragraph>
        撤回后「{title}
        」不再是现行方案，但不会删除：原文、各次修订和操作记录都保留，仍可查看。撤回不能恢复。
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="撤回理由"
        placeholder="请写明撤回的理由，例如：已被 2021 年新方案取代"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={500}
      />
    </Modal>
  );
}
