// 导入权重表: choose a .xlsx, CSV or JSON file and the pool's settings, watch the upload, and see every rejected
// row with its line, column and what to fix — nothing is imported unless every row passes.
import { useState } from 'react';
import {
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { errorText } from '../../shared/api';
import { ImportRejected, weightsApi, type RowError } from './weights-api';

interface Settings {
  pool: string;
  year: number;
  baseRateYuan: number;
  coefficient1?: string;
  coefficient2?: string;
  coefficient3?: string;
}

const HINT =
  '第一行为列名（上方可有标题行）。必需列：DRG编码、权重；可选列：DRG名称、单议病组（是/否）、次均费用(元)、' +
  '一级/二级/三级系数、一级/二级/三级支付标准(元)。JSON 可为病组数组，或含 pool、year、baseRateFen、groups 的权重表对象。';

export function WeightImportModal({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: (title: string) => void;
}) {
  const [form] = Form.useForm<Settings>();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rows, setRows] = useState<{ unit: string; list: RowError[] } | null>(null);

  const submit = async (settings: Settings) => {
    if (file === null) {
      setError('请先选择权重表文件。');
      return;
    }
    setError(null);
    setRows(null);
    setPercent(0);
    try {
      const answer = await weightsApi.importFile(
        file,
        {
          pool: settings.pool,
          year: String(settings.year),
          baseRateFen: String(Math.round(settings.baseRateYuan * 100)),
          coefficient1: settings.coefficient1 ?? '',
          coefficient2: settings.coefficient2 ?? '',
          coefficient3: settings.coefficient3 ?? '',
        },
        setPercent,
      );
      setFile(null);
      onImported(answer.title);
    } catch (caught) {
      setError(errorText(caught));
      if (caught instanceof ImportRejected) setRows({ unit: caught.unit, list: caught.rows });
    } finally {
      setPercent(null);
    }
  };

  return (
    <Modal
      title="导入权重表文件"
      open={open}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{HINT}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.csv,.txt,.json"
        multiple={false}
        showUploadList={false}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setRows(null);
          setError(null);
          return false;
        }}
        data-testid="weight-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file === null ? '点击或拖入权重表文件（.xlsx、CSV、JSON）' : `已选择：${file.name}`}</p>
      </Upload.Dragger>
      <Form<Settings>
        form={form}
        layout="inline"
        style={{ marginTop: 16, rowGap: 8 }}
        initialValues={{ year: new Date().getFullYear() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="pool" label="统筹区" rules={[{ required: true, message: '请填写统筹区' }]}>
          <Input placeholder="例如 巴南区" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={1990} max={2200} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item
          name="baseRateYuan"
          label="基础费率（元）"
          tooltip="权重为 1、系数为 1 的病组支付多少元"
          rules={[{ required: true, message: '请填写基础费率' }]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: 120 }} />
        </Form.Item>
        {(['1', '2', '3'] as const).map((level) => (
          <Form.Item
            key={level}
            name={`coefficient${level}`}
            label={`${'一二三'[Number(level) - 1]}级系数`}
            tooltip="文件中病组自带的系数优先；不填则该级别医院只用病组系数"
          >
            <Input placeholder="如 1.0" style={{ width: 70 }} />
          </Form.Item>
        ))}
        <Form.Item>
          <Button type="primary" htmlType="submit" disabled={percent !== null}>
            导入
          </Button>
        </Form.Item>
      </Form>
      {percent !== null && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Typography.Text>{percent < 100 ? '正在上传…' : '正在检查每一行…'}</Typography.Text>
          <Progress percent={percent} status="active" />
        </Space>
      )}
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginTop: 12 }}
          data-testid="import-error"
        />
      )}
      {rows !== null && (
        <Table<RowError>
          style={{ marginTop: 12 }}
          size="small"
          rowKey={(row) => `${row.line}-${row.column}-${row.message}`}
          dataSource={rows.list}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="import-errors"
          columns={[
            { title: rows.unit === '项' ? '第几项' : '行', dataIndex: 'line', width: 70 },
            {
              title: '列',
              dataIndex: 'column',
              width: 120,
              render: (column: string) => column || '—',
            },
            { title: '问题与改法', dataIndex: 'message' },
          ]}
        />
      )}
    </Modal>
  );
}
