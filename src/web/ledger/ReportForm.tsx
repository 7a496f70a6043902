// 报送进展: what was done, problems, next steps, percent complete and evidence files; the files upload first
// (each checked by the server) and the report then names them.
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorText } from '../shared/api';
import { ledgerApi, type EvidenceFile } from './api';

interface Values {
  done: string;
  problems?: string;
  nextSteps?: string;
  percent?: number | null;
}

export function ReportForm({
  itemId,
  lead,
  periodLabel,
  onDone,
}: {
  itemId: number;
  /** A lead unit's report carries the percent complete; a cooperating unit adds its part. */
  lead: boolean;
  periodLabel: string | null;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile<EvidenceFile>[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const fileIds = files.flatMap((file) => (file.response ? [file.response.id] : []));
      await ledgerApi.report(itemId, {
        done: values.done,
        problems: values.problems ?? '',
        nextSteps: values.nextSteps ?? '',
        ...(lead ? { percent: values.percent ?? null } : {}),
        fileIds,
      });
      message.success('已报送');
      form.resetFields();
      setFiles([]);
      onDone();
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="report-form">
      {periodLabel && (
        <Typography.Paragraph type="secondary">报送期：{periodLabel}</Typography.Paragraph>
      )}
      <Form.Item
        name="done"
        label="进展情况"
        rules={[{ required: true, whitespace: true, message: '请填写本期做了什么' }]}
      >
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="problems" label="存在问题">
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="nextSteps" label="下步打算">
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      {lead && (
        <Form.Item name="percent" label="完成进度（%）">
          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
      )}
      <Form.Item
        label="佐证材料"
        extra="PDF、Word（.docx）、Excel（.xlsx）或图片，每个不超过 20 MB"
      >
        <Upload<EvidenceFile>
          fileList={files}
          multiple
          customRequest={({ file, onProgress, onSuccess, onError }) => {
            ledgerApi
              .upload(itemId, file as File, (percent) => onProgress?.({ percent }))
              .then(
                (saved) => onSuccess?.(saved),
                (caught: unknown) => {
                  message.error(errorText(caught));
                  onError?.(new Error(errorText(caught)));
                },
              );
          }}
          onChange={({ fileList }) => setFiles(fileList.filter((file) => file.status !== 'error'))}
        >
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </Form.Item>
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={files.some((file) => file.status === 'uploading')}
        >
          报送
        </Button>
      </Space>
    </Form>
  );
}
