// 修订记录 tab: every correction with who and when, undo for each, and those a re-parse could no longer apply.
import { Alert, Button, Popconfirm, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useUser } from '../shared/auth';
import { planApi } from './api';
import { AuditLog } from './AuditLog';
import { describeCorrection } from './describeCorrection';
import { formatTime } from './labels';
import type { PlanDetail, StoredCorrection } from './model';
import type { ReviewTabProps } from './review';
import type { PlanAction } from './usePlanReview';

interface Props extends ReviewTabProps {
  act(action: PlanAction, doneText: string): Promise<PlanDetail | null>;
}

export function CorrectionsTab({ detail, canEdit, act }: Props) {
  // The office reads the log of every revision, also of those it can no longer edit.
  const mayReadLog = useUser().role === 'office';
  const undo = (stored: StoredCorrection) =>
    act((version) => planApi.undo(detail.id, version, stored.id), '已撤销这条修订');

  const columns = (stale: boolean): TableColumnsType<StoredCorrection> => {
    const list: TableColumnsType<StoredCorrection> = [
      { title: '时间', dataIndex: 'createdAt', width: 140, render: formatTime },
      {
        title: '修订人',
        dataIndex: 'displayName',
        width: 100,
        render: (name: string | null) => name ?? '—',
      },
      { title: '内容', render: (_, stored) => describeCorrection(stored.correction, detail.plan) },
    ];
    if (canEdit) {
      list.push({
        title: '操作',
        width: 80,
        render: (_, stored) => (
          <Popconfirm
            title={stale ? '删除这条无法应用的修订？' : '撤销这条修订？'}
            description={stale ? undefined : '撤销后恢复为解析结果或之前的修订。'}
            okText={stale ? '删除' : '撤销'}
            cancelText="取消"
            onConfirm={() => undo(stored)}
          >
            <Button type="link" size="small">
              {stale ? '删除' : '撤销'}
            </Button>
          </Popconfirm>
        ),
      });
    }
    return list;
  };

  return (
    <>
      {detail.staleCorrections.length > 0 && (
        <div style={{ marginBottom: 16 }}>
          <Alert
            type="warning"
            showIcon
            title={`重新解析后，有 ${detail.staleCorrections.length} 条修订无法应用`}
            description="它们针对的内容在新的解析结果中已找不到（例如任务编号变了）。请核对后重新修订，再删除这些记录。"
            style={{ marginBottom: 8 }}
          />
          <Table<StoredCorrection>
            rowKey="id"
            size="small"
            columns={columns(true)}
            dataSource={detail.staleCorrections}
            pagination={false}
            data-testid="stale-corrections"
          />
        </div>
      )}
      <Typography.Paragraph type="secondary">
        修订按时间先后应用在解析结果上；重新解析时会保留。新建修订时，当前发布修订的全部修订一并带入。
      </Typography.Paragraph>
      <Table<StoredCorrection>
        rowKey="id"
        size="small"
        columns={columns(false)}
        dataSource={[...detail.corrections].reverse()}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有修订' }}
        data-testid="corrections"
      />
      {mayReadLog && (
        <div style={{ marginTop: 16 }}>
          <AuditLog planId={detail.id} />
        </div>
      )}
    </>
  );
}
