// The review page's header: title, status, and 重新解析 / 发布 / 导出台账.
import { App, Button, Space, Tag, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { errorText } from '../shared/api';
import { planApi } from './api';
import { statusColors, statusLabels } from './labels';
import type { PlanDetail } from './model';
import { PlanScenarioButton } from './PlanScenarioButton';

interface Props {
  detail: PlanDetail;
  canEdit: boolean;
  busy: boolean;
  act(action: () => Promise<PlanDetail>, doneText: string): Promise<PlanDetail | null>;
  onStale(): void;
}

export function ReviewToolbar({ detail, canEdit, busy, act, onStale }: Props) {
  const { modal, message } = App.useApp();
  const title = detail.plan.title ?? detail.fileName;

  const reparse = () =>
    modal.confirm({
      title: '重新解析这份方案？',
      content:
        '按原文重新提取任务、目标和单位，已有的修订会保留并重新应用；无法应用的修订会单独列出。',
      okText: '重新解析',
      cancelText: '取消',
      onOk: async () => {
        const answer = await act(() => planApi.reparse(detail.id), '已重新解析');
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

  const publish = () =>
    modal.confirm({
      title: '发布这份方案？',
      content: `发布后，各部门、医院可以查看「${title}」，其任务将进入台账。发布后仍可由医改办修订。`,
      okText: '发布',
      cancelText: '取消',
      onOk: () => act(() => planApi.publish(detail.id), '方案已发布'),
    });

  const exportLedger = async () => {
    try {
      await planApi.downloadLedger(detail.id, detail.plan.title);
    } catch (error) {
      message.error({ content: `导出失败：${errorText(error)}`, duration: 8 });
    }
  };

  return (
    <div
      style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16, minHeight: 40 }}
    >
      <Link to="/plans" title="返回方案列表">
        <ArrowLeftOutlined />
      </Link>
      <Typography.Title
        level={4}
        style={{ margin: 0, flex: 1, minWidth: 0 }}
        ellipsis={{ tooltip: title }}
      >
        {title}
      </Typography.Title>
      <Tag color={statusColors[detail.status]} data-testid="plan-status">
        {statusLabels[detail.status]}
      </Tag>
      {!canEdit && <Tag>只读</Tag>}
      <Space>
        {canEdit && (
          <Button icon={<ReloadOutlined />} onClick={reparse} disabled={busy}>
            重新解析
          </Button>
        )}
        {canEdit && detail.status === 'draft' && (
          <Button type="primary" icon={<CloudUploadOutlined />} onClick={publish} disabled={busy}>
            发布
          </Button>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => void exportLedger()}>
          导出台账
        </Button>
        <PlanScenarioButton planId={detail.id} />
      </Space>
    </div>
  );
}
