// The office's buttons for the revision shown: 重新解析 / 送审 / 发布 on a draft, 退回修改 / 发布 in review,
// 新建修订 / 撤回 on the current published revision; nothing on a withdrawn plan or an old revision.
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import {
  CloudUploadOutlined,
  EditOutlined,
  ReloadOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { planApi } from './api';
import type { PlanDetail } from './model';
import { PublishModal } from './PublishModal';
import type { PlanAction } from './usePlanReview';
import { WithdrawModal } from './WithdrawModal';

interface Props {
  detail: PlanDetail;
  busy: boolean;
  act(action: PlanAction, doneText: string): Promise<PlanDetail | null>;
  onStale(): void;
}

export function RevisionActions({ detail, busy, act, onStale }: Props) {
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [publishing, setPublishing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const { id, revision } = detail;
  const open = revision.status === 'draft' || revision.status === 'review';
  const isCurrent = revision.status === 'published';
  const withdrawn = detail.status === 'withdrawn';
  const title = detail.plan.title ?? detail.fileName;
  if (withdrawn) return null;

  const reparse = () =>
    modal.confirm({
      title: '重新解析这份方案？',
      content:
        '按原文重新提取任务、目标和单位，已有的修订会保留并重新应用；无法应用的修订会单独列出。',
      okText: '重新解析',
      cancelText: '取消',
      onOk: async () => {
        const answer = await act((version) => planApi.reparse(id, version), '已重新解析');
        if (answer && answer.staleCorrections.length > 0) {
          modal.warning({
            title: `有 ${answer.staleCorrections.length} 条修订无法应用`,
            content: '它们针对的内容在新的解析结果中已找不到。请在「修订记录」中核对。',
            okText: '去查看',
            onOk: onStale,
          });
        }
      },
    });

  /** Runs an action that moves to another revision, and shows that one. */
  const actAndShow = async (action: PlanAction, doneText: string) => {
    const answer = await act(action, doneText);
    if (answer) navigate(`/plans/${id}`, { replace: true });
    return answer;
  };

  return (
    <Space>
      {revision.status === 'draft' && (
        <>
          <Button icon={<ReloadOutlined />} onClick={reparse} disabled={busy}>
            重新解析
          </Button>
          <Button
            icon={<SendOutlined />}
            disabled={busy}
            onClick={() =>
              void act((version) => planApi.submit(id, version), `修订 ${revision.number} 已送审`)
            }
          >
            送审
          </Button>
        </>
      )}
      {revision.status === 'review' && (
        <Button
          icon={<RollbackOutlined />}
          disabled={busy}
          onClick={() =>
            void act((version) => planApi.reopen(id, version), `修订 ${revision.number} 已退回修改`)
          }
        >
          退回修改
        </Button>
      )}
      {open && (
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          onClick={() => setPublishing(true)}
          disabled={busy}
        >
          发布
        </Button>
      )}
      {isCurrent && detail.openRevision === null && (
        <Button
          icon={<EditOutlined />}
          disabled={busy}
          onClick={() =>
            void actAndShow(
              (version) => planApi.newRevision(id, version),
              '已新建修订，请在草稿上修改后发布',
            )
          }
        >
          新建修订
        </Button>
      )}
      {isCurrent && (
        <Button danger icon={<StopOutlined />} onClick={() => setWithdrawing(true)} disabled={busy}>
          撤回
        </Button>
      )}
      <PublishModal
        detail={detail}
        open={publishing}
        onCancel={() => setPublishing(false)}
        onPublish={async (reason) => {
          setPublishing(false);
          await actAndShow((version) => planApi.publish(id, version, reason), '方案已发布');
        }}
      />
      <WithdrawModal
        title={title}
        open={withdrawing}
        onCancel={() => setWithdrawing(false)}
        onWithdraw={async (reason) => {
          setWithdrawing(false);
          await act((version) => planApi.withdraw(id, version, reason), '方案已撤回');
        }}
      />
    </Space>
  );
}
