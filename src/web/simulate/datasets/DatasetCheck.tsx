// What the scan of an uploaded bill file found: how the file came (encoding, header form, unpacked or converted)
// and, once the reader reports it, how many lines the simulation uses and which it will leave out, and why.
import { Alert, Descriptions, Table, Typography } from 'antd';
import type { BillDataset, BillFileCheck, RejectionCount } from './api';

const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK（GB18030）',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};
const HEADER_FORMS: Record<string, string> = {
  chinese: '中文表头（医院导出的列名）',
  english: '格式的英文列名',
  mixed: '中英文列名混用',
};
const KINDS: Record<string, string> = {
  csv: 'CSV',
  parquet: 'Parquet',
  xlsx: 'Excel（.xlsx）',
  gzip: 'gzip 压缩',
};

const count = (n: number) => n.toLocaleString('zh-CN');

function CheckSummary({ check }: { check: BillFileCheck }) {
  const leftOut = check.linesLeftOut > 0;
  return (
    <div data-testid="dataset-check">
      <Alert
        type={leftOut ? 'warning' : 'success'}
        showIcon
        title={
          leftOut
            ? `可用于测算 ${count(check.linesUsable)} 行；将剔除 ${count(check.linesLeftOut)} 行（${count(check.encountersLeftOut)} 次就诊）`
            : `可用于测算 ${count(check.linesUsable)} 行；没有要剔除的明细`
        }
        description={
          check.linesNetted > 0
            ? `其中 ${count(check.linesNetted)} 行退费明细已与原收费行冲抵（净额计入测算）。`
            : undefined
        }
      />
      {check.reasons.length > 0 && (
        <Table<RejectionCount>
          style={{ marginTop: 8 }}
          size="small"
          rowKey="reason"
          pagination={false}
          dataSource={check.reasons}
          columns={[
            { title: '剔除原因', dataIndex: 'label' },
            { title: '行数', dataIndex: 'lines', width: 100, align: 'right', render: count },
          ]}
          expandable={{
            rowExpandable: (row) => row.examples.length > 0,
            expandedRowRender: (row) => (
              <Table
                size="small"
                rowKey={(example) => `${row.reason}-${example.line}`}
                pagination={false}
                dataSource={row.examples}
                columns={[
                  { title: '行号', dataIndex: 'line', width: 90 },
                  { title: '问题', dataIndex: 'message' },
                ]}
              />
            ),
          }}
        />
      )}
    </div>
  );
}

export function DatasetCheck({ dataset }: { dataset: BillDataset }) {
  const description = dataset.description;
  if (description === null) return null;
  const intake = description.intake;
  return (
    <div style={{ marginTop: 12 }} data-testid="dataset-scan">
      <Typography.Text strong>「{dataset.fileName}」的检查结果</Typography.Text>
      {intake && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginTop: 8 }}
          data-testid="dataset-intake"
          items={[
            {
              key: 'kind',
              label: '文件',
              children: intake.kinds.map((kind) => KINDS[kind] ?? kind).join(' → '),
            },
            {
              key: 'encoding',
              label: '编码',
              children: intake.encoding ? (ENCODINGS[intake.encoding] ?? intake.encoding) : '—',
            },
            {
              key: 'header',
              label: '表头',
              children: intake.headerForm ? (HEADER_FORMS[intake.headerForm] ?? '') : '—',
            },
            ...(intake.sheet
              ? [
                  {
                    key: 'sheet',
                    label: '工作表',
                    children: `「${intake.sheet.name}」，表头在第 ${intake.sheet.headerRow} 行`,
                  },
                ]
              : []),
          ]}
        />
      )}
      <div style={{ marginTop: 8 }}>
        {description.check ? (
          <CheckSummary check={description.check} />
        ) : (
          <Typography.Text type="secondary" data-testid="dataset-totals">
            共 {count(description.lines)} 行明细，{count(description.encounters)} 次就诊（其中住院{' '}
            {count(description.inpatientEncounters)} 次）。
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
