// 发布 dialog: what publishing does, and — when the check finds problems (no title, nothing extracted, doubtful
// decoding) — the list of them and the reason the office publishes all the same.
import { useState } from 'react';
import { Alert, Input, Modal, Typography } from 'antd';
import type { PlanDetail } from './model';

interface Props {
  detail: PlanDetail;
  open: boolean;
  onCancel(): void;
  onPublish(reason: string | undefined): Promise<unknown>;
}

export function PublishModal({ detail, open, onCancel, onPublish }: Props) {
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const problems = detail.publishProblems;
  const title = detail.plan.title ?? detail.fileName;
  const replaces = detail.currentRevision;

  const publish = async () => {
    setSending(true);
    try {
      await onPublish(problems.length > 0 ? reason.trim() : undefined);
      setReason('');
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open={open}
      title={problems.length > 0 ? '发布前请确认以下问题' : `发布修订 ${detail.revision.number}？`}
      okText={problems.length > 0 ? '确认发布' : '发布'}
      cancelText="取消"
      confirmLoading={sending}
      okButtonProps={{ disabled: problems.length > 0 && reason.trim() === '' }}
      onOk={() => void publish()}
      onCancel={onCancel}
      data-testid="publish-dialog"
    >
      <Typography.Paragraph>
        发布后，各部门、医院可以查看「{title}
        」，其任务将进入台账；已发布的内容不能再直接修改，需要时「新建修订」。
        {replaces !== null &&
          ` 修订 ${detail.revision.number} 将成为当前修订，修订 ${replaces} 保留可查（已被取代）；变化见「修订对比」。`}
      </Typography.Paragraph>
      {problems.length > 0 && (
        <>
          <Alert
            type="warning"
            showIcon
            title="解析结果可能不完整或有误："
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="publish-problems">
                {problems.map((problem) => (
                  <li key={problem.code}>{problem.message}</li>
                ))}
              </ul>
            }
            style={{ marginBottom: 12 }}
          />
          <Input.TextArea
            aria-label="确认发布的理由"
            placeholder="请写明为什么仍要发布，例如：原文即无标题，已与发文单位核对"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
          />
        </>
      )}
    </Modal>
  );
}
