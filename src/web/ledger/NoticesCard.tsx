// 督办 on an item: the office's notices (督办单 with a reply-by date, 催办) and the lead unit's replies; a late
// reply is marked; the office issues a new one, the lead unit answers the open one.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { errorText } from '../shared/api';
import { ledgerApi, type LedgerNotice } from './api';

const kindNames = { supervision: '督办单', reminder: '催办' } as const;

export function NoticesCard({
  itemId,
  notices,
  isLead,
  isOffice,
  open: itemOpen,
  onDone,
}: {
  itemId: number;
  notices: LedgerNotice[];
  isLead: boolean;
  isOffice: boolean;
  /** The item still runs (not closed, not removed). */
  open: boolean;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [issuing, setIssuing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [issueForm] = Form.useForm<{
    kind: 'supervision' | 'reminder';
    demand: string;
    replyBy?: Dayjs;
  }>();
  const [replies, setReplies] = useState<Record<number, string>>({});

  const issue = async (values: {
    kind: 'supervision' | 'reminder';
    demand: string;
    replyBy?: Dayjs;
  }) => {
    setSaving(true);
    try {
      await ledgerApi.issueNotice(itemId, {
        kind: values.kind,
        demand: values.demand,
        replyBy: values.replyBy ? values.replyBy.format('YYYY-MM-DD') : null,
      });
      message.success(`已发出${kindNames[values.kind]}`);
      setIssuing(false);
      issueForm.resetFields();
      onDone();
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

  const reply = async (notice: LedgerNotice) => {
    try {
      await ledgerApi.replyNotice(notice.id, replies[notice.id] ?? '');
      message.success('已回复');
      onDone();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  if (notices.length === 0 && !(isOffice && itemOpen)) return null;
  return (
    <Card
      title="督办"
      data-testid="notices"
      extra={
        isOffice &&
        itemOpen && (
          <Button onClick={() => setIssuing(true)} data-testid="issue-notice">
            督办 / 催办
          </Button>
        )
      }
    >
      <List
        dataSource={notices}
        locale={{ emptyText: <Empty description="没有督办" /> }}
        renderItem={(notice) => (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={notice.kind === 'supervision' ? 'magenta' : 'blue'}>
                  {kindNames[notice.kind]}
                </Tag>
                {notice.replyBy && <span>{notice.replyBy} 前回复</span>}
                {notice.late && <Tag color="red">回复逾期</Tag>}
                <Typography.Text type="secondary">
                  {notice.issuedBy ?? ''} {new Date(notice.issuedAt).toLocaleDateString('zh-CN')}
                </Typography.Text>
              </Space>
              <Typography.Text>要求：{notice.demand}</Typography.Text>
              {notice.reply !== null ? (
                <Typography.Text>
                  办理情况：{notice.reply}（{notice.repliedBy ?? ''}，{notice.repliedOn}）
                </Typography.Text>
              ) : isLead ? (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    placeholder="填写办理情况"
                    value={replies[notice.id] ?? ''}
                    onChange={(event) =>
                      setReplies({ ...replies, [notice.id]: event.target.value })
                    }
                  />
                  <Button type="primary" onClick={() => void reply(notice)}>
                    回复
                  </Button>
                </Space.Compact>
              ) : (
                <Typography.Text type="warning">尚未回复</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={issuing}
        title="督办 / 催办"
        okText="发出"
        cancelText="取消"
        confirmLoading={saving}
        onCancel={() => setIssuing(false)}
        onOk={() => issueForm.submit()}
        destroyOnHidden
      >
        <Form
          form={issueForm}
          layout="vertical"
          initialValues={{ kind: 'supervision' }}
          onFinish={(values) => void issue(values)}
        >
          <Form.Item name="kind" label="类别">
            <Radio.Group
              options={[
                { value: 'supervision', label: '督办单（须在期限内回复办理情况）' },
                { value: 'reminder', label: '催办' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="demand"
            label="督办要求"
            rules={[{ required: true, whitespace: true, message: '请写明要对方做什么' }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {({ getFieldValue }) => (
              <Form.Item
                name="replyBy"
                label="回复期限"
                rules={
                  getFieldValue('kind') === 'supervision'
                    ? [{ required: true, message: '督办单需要回复期限' }]
                    : []
                }
              >
                <DatePicker />
              </Form.Item>
            )}
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
