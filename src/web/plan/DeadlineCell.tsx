// How a deadline reads in a table: the words as written, the date, and 继承 / 全程 marks.
import { Tag, Tooltip, Typography } from 'antd';
import type { Deadline } from '../../core/plan/types';

export function DeadlineCell({
  dueText,
  due,
  deadline,
}: {
  dueText: string | null;
  due: string | null;
  deadline?: Deadline;
}) {
  if (!dueText && !due && !deadline?.ongoing)
    return <Typography.Text type="secondary">未写明</Typography.Text>;
  return (
    <span>
      {dueText && <div>{dueText}</div>}
      {due && <Typography.Text type="secondary">{due}</Typography.Text>}
      {deadline?.ongoing && !due && <Tag>全程</Tag>}
      {deadline?.inherited && (
        <Tooltip title="该项本身未写时限，沿用所在部分或方案整体的时限">
          <Tag color="purple" style={{ marginLeft: 4 }}>
            继承
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
