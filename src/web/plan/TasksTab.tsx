// 任务 tab: the tasks with lead and cooperating units and deadlines; edit, merge, split and delete them.
import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Task } from '../../core/plan/types';
import { DeadlineCell } from './DeadlineCell';
import { locatableRow, spanLines } from './review';
import type { ReviewTabProps } from './review';
import { TaskEditModal } from './TaskEditModal';
import { TaskSplitModal } from './TaskSplitModal';

const unitTags = (units: string[], color?: string) =>
  units.length === 0 ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Space size={[0, 4]} wrap>
      {units.map((unit) => (
        <Tag key={unit} color={color}>
          {unit}
        </Tag>
      ))}
    </Space>
  );

/** Tasks the parser flagged for a person to check (numbered items without a responsibility clause). */
export const needsReview = (task: Task): boolean => task.needsReview === true;

/** Why the task must be checked; a plan stored before the reason was recorded says what the flag means. */
const reviewReason = (task: Task): string =>
  task.reviewReason ?? '解析时未能确定这项任务的责任分工，请核对牵头单位';

function matches(task: Task, query: string): boolean {
  if (query === '') return true;
  return [task.ref, task.title, task.text, ...task.lead, ...task.co].some((text) =>
    text.includes(query),
  );
}

export function TasksTab(props: ReviewTabProps) {
  const { detail, canEdit, busy, correct } = props;
  const { plan } = detail;
  const { modal } = App.useApp();
  const [query, setQuery] = useState('');
  const [onlyReview, setOnlyReview] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<Task | null>(null);
  const [splitting, setSplitting] = useState<Task | null>(null);
  const reviewCount = plan.tasks.filter(needsReview).length;
  const shown = useMemo(
    () =>
      plan.tasks.filter(
        (task) => matches(task, query.trim()) && (!onlyReview || needsReview(task)),
      ),
    [plan.tasks, query, onlyReview],
  );
  const liveSelection = plan.tasks.filter((task) => selected.includes(task.key));

  const merge = () => {
    const [first, ...rest] = liveSelection;
    if (!first || rest.length === 0) return;
    modal.confirm({
      title: `合并 ${liveSelection.length} 项任务？`,
      content: `将 ${rest.map((task) => task.ref).join('、')} 并入 ${first.ref}「${first.title}」，牵头和配合单位合在一起。可在修订记录中撤销。`,
      okText: '合并',
      cancelText: '取消',
      onOk: async () => {
        if (
          await correct(
            { op: 'mergeTasks', taskKeys: liveSelection.map((task) => task.key) },
            `已合并到任务 ${first.ref}`,
          )
        )
          setSelected([]);
      },
    });
  };

  const columns: TableColumnsType<Task> = [
    { title: '序号', dataIndex: 'ref', width: 64 },
    {
      title: '任务',
      dataIndex: 'title',
      render: (title: string, task) => (
        <span style={{ minWidth: 96, display: 'inline-block' }}>
          {title}
          {needsReview(task) && (
            <span style={{ display: 'block' }} data-testid="needs-review">
              <Tag color="orange">待核实</Tag>
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {reviewReason(task)}
              </Typography.Text>
            </span>
          )}
        </span>
      ),
    },
    {
      title: '牵头单位',
      dataIndex: 'lead',
      width: 140,
      render: (lead: string[]) => unitTags(lead, 'blue'),
    },
    { title: '配合单位', dataIndex: 'co', width: 140, render: (co: string[]) => unitTags(co) },
    {
      title: '完成时限',
      width: 132,
      render: (_, task) => (
        <DeadlineCell dueText={task.dueText} due={task.due} deadline={task.deadline} />
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      title: '操作',
      width: 132,
      render: (_, task) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(task)}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => setSplitting(task)}>
            拆分
          </Button>
          <Popconfirm
            title={`删除任务 ${task.ref}？`}
            description="删除后不进入台账；可在修订记录中撤销。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() =>
              correct({ op: 'deleteTask', taskKey: task.key }, `已删除任务 ${task.ref}`)
            }
          >
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder="按任务或单位查找"
          onSearch={setQuery}
          onChange={(event) => setQuery(event.target.value)}
          style={{ width: 240 }}
        />
        {reviewCount > 0 && (
          <Checkbox checked={onlyReview} onChange={(event) => setOnlyReview(event.target.checked)}>
            只看待核实（{reviewCount} 项）
          </Checkbox>
        )}
        {canEdit && (
          <Button disabled={liveSelection.length < 2} onClick={merge}>
            合并{liveSelection.length >= 2 ? `（${liveSelection.length} 项）` : ''}
          </Button>
        )}
        <Typography.Text type="secondary">
          共 {plan.tasks.length} 项
          {query.trim() !== '' || onlyReview ? `，显示 ${shown.length} 项` : ''}
          ；点击一行可在左侧原文中定位
        </Typography.Text>
      </Space>
      <Table<Task>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={shown}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
        rowSelection={
          canEdit
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }
            : undefined
        }
        onRow={(task) => ({
          ...locatableRow(`task:${task.key}`, spanLines(task.source), props),
          'data-task-ref': task.ref,
        })}
        locale={{
          emptyText: query || onlyReview ? '没有找到符合条件的任务' : '没有识别出任务',
        }}
      />
      <TaskEditModal
        plan={plan}
        task={editing}
        busy={busy}
        onClose={() => setEditing(null)}
        correct={correct}
      />
      <TaskSplitModal
        plan={plan}
        task={splitting}
        busy={busy}
        onClose={() => setSplitting(null)}
        correct={correct}
      />
    </>
  );
}
