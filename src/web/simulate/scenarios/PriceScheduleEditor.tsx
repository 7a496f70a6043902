// 调价表: the new prices of the scenario, edited in place (item code, hospital level, price, dates, insurance
// class), searched by item code, imported from an Excel/CSV file or exported to Excel to edit there.
import { useState } from 'react';
import {
  App,
  Button,
  DatePicker,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';
import { errorText } from '../../shared/api';
import { ProvenanceMark } from './Field';
import { YuanInput } from './inputs';
import { PriceImportModal } from './PriceImportModal';
import { priceRowProblems } from './priceRowProblems';
import { priceScheduleApi } from './priceScheduleApi';
import { mergePriceSchedule, type ImportMode } from './priceScheduleMerge';

const LEVELS = [
  { value: 1, label: '一级' },
  { value: 2, label: '二级' },
  { value: 3, label: '三级' },
  { value: 'all', label: '全部' },
];
const CLASSES = [
  { value: '', label: '不变' },
  { value: 'A', label: '甲' },
  { value: 'B', label: '乙' },
  { value: 'C', label: '丙' },
];

type Row = { entry: PriceScheduleEntry; index: number };

/** A YYYY-MM-DD date for the picker; anything else (say, a typo in the JSON) shows as empty. */
const dayOf = (date: string | undefined) =>
  date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && dayjs(date).isValid()
    ? dayjs(date)
    : null;

/** The entry with the user's change; a price set by hand is no longer an assumed one. */
function edited(entry: PriceScheduleEntry, patch: Partial<PriceScheduleEntry>): PriceScheduleEntry {
  const next: PriceScheduleEntry = { ...entry, ...patch };
  delete next.assumption;
  if (next.effectiveTo === undefined) delete next.effectiveTo;
  if (next.insuranceClass === undefined) delete next.insuranceClass;
  return next;
}

export function PriceScheduleEditor({
  entries,
  onChange,
  defaultFrom,
}: {
  entries: PriceScheduleEntry[];
  onChange: (entries: PriceScheduleEntry[]) => void;
  /** The execution date of a first added row, e.g. the reform's start; later rows take the last row's. */
  defaultFrom?: string;
}) {
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  /** The row being edited stays in view while the search is unchanged, even if its code no longer matches. */
  const [lastEdited, setLastEdited] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const problems = priceRowProblems(entries);
  const wanted = query.trim().toLowerCase();
  const rows: Row[] = entries
    .map((entry, index) => ({ entry, index }))
    .filter(
      ({ entry, index }) =>
        wanted === '' || index === lastEdited || entry.itemCode.toLowerCase().includes(wanted),
    );

  const change = (index: number, patch: Partial<PriceScheduleEntry>) => {
    setLastEdited(index);
    onChange(entries.map((entry, at) => (at === index ? edited(entry, patch) : entry)));
  };
  const search = (text: string) => {
    setQuery(text);
    setLastEdited(null);
    setPage((p) => ({ ...p, current: 1 }));
  };
  const add = () => {
    const last = entries[entries.length - 1];
    onChange([
      ...entries,
      {
        itemCode: '',
        level: 'all',
        priceFen: 0,
        effectiveFrom: last?.effectiveFrom ?? defaultFrom ?? dayjs().format('YYYY-MM-DD'),
      },
    ]);
    setQuery('');
    setLastEdited(entries.length);
    setPage((p) => ({ ...p, current: Math.floor(entries.length / p.pageSize) + 1 }));
  };
  const remove = (index: number) => {
    setLastEdited(null);
    onChange(entries.filter((_, at) => at !== index));
  };
  const imported = (list: PriceScheduleEntry[], mode: ImportMode, fileName: string) => {
    const result = mergePriceSchedule(entries, list, mode);
    onChange(result.entries);
    setImporting(false);
    search('');
    message.success(
      mode === 'replace'
        ? `已用“${fileName}”替换调价表，共 ${result.entries.length} 项；保存后生效`
        : `已从“${fileName}”导入 ${list.length} 项：新增 ${result.added} 项，覆盖 ${result.overwritten} 项；保存后生效`,
    );
  };
  const download = async () => {
    const [wrong] = problems;
    if (wrong !== undefined) {
      const [index, list] = wrong;
      message.error(`请先修改有误的行再导出：第 ${index + 1} 行${list.join('，')}`);
      return;
    }
    setExporting(true);
    try {
      await priceScheduleApi.downloadXlsx(entries);
    } catch (caught) {
      message.error(`导出失败：${errorText(caught)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>
          调价表共 {entries.length} 项 <ProvenanceMark path={['priceSchedule']} />
        </Typography.Text>
        <Input.Search
          allowClear
          placeholder="按项目编码查找"
          aria-label="按项目编码查找"
          style={{ width: 200 }}
          value={query}
          onChange={(event) => search(event.target.value)}
        />
        <Button icon={<PlusOutlined />} onClick={add}>
          添加一行
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          从 Excel/CSV 导入
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void download()}>
          导出 Excel
        </Button>
        {problems.size > 0 && <Tag color="error">{problems.size} 行需要修改</Tag>}
      </Space>
      <Table<Row>
        size="small"
        rowKey="index"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText:
            wanted === '' ? '调价表为空：可添加一行，或从 Excel/CSV 导入' : '没有匹配的项目编码',
        }}
        pagination={{
          current: Math.min(page.current, Math.max(1, Math.ceil(rows.length / page.pageSize))),
          pageSize: page.pageSize,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          hideOnSinglePage: page.pageSize === 10,
          showTotal: (total) => `共 ${total} 项`,
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        data-testid="price-schedule"
        columns={[
          { title: '序号', width: 56, render: (_, { index }) => index + 1 },
          {
            title: '项目编码',
            render: (_, { entry, index }) => (
              <Space size={4}>
                <Input
                  aria-label={`第 ${index + 1} 行项目编码`}
                  style={{ width: 150 }}
                  value={entry.itemCode}
                  status={entry.itemCode.trim() === '' ? 'error' : undefined}
                  onChange={(event) => change(index, { itemCode: event.target.value.trim() })}
                />
                {entry.assumption && (
                  <Tooltip title={entry.assumption}>
                    <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                      假设价格
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: '医院等级',
            render: (_, { entry, index }) => (
              <Select
                aria-label={`第 ${index + 1} 行医院等级`}
                style={{ width: 84 }}
                value={entry.level}
                options={LEVELS}
                onChange={(level) => change(index, { level })}
              />
            ),
          },
          {
            title: '新价格',
            render: (_, { entry, index }) => (
              <YuanInput
                label={`第 ${index + 1} 行新价格`}
                width={130}
                value={entry.priceFen}
                onChange={(fen) => change(index, { priceFen: fen ?? 0 })}
              />
            ),
          },
          {
            title: '执行日期',
            render: (_, { entry, index }) => (
              <DatePicker
                aria-label={`第 ${index + 1} 行执行日期`}
                style={{ width: 130 }}
                allowClear={false}
                value={dayOf(entry.effectiveFrom)}
                onChange={(date) => {
                  if (date) change(index, { effectiveFrom: date.format('YYYY-MM-DD') });
                }}
              />
            ),
          },
          {
            title: '截止日期',
            render: (_, { entry, index }) => (
              <DatePicker
                aria-label={`第 ${index + 1} 行截止日期`}
                style={{ width: 130 }}
                placeholder="仍在执行"
                value={dayOf(entry.effectiveTo)}
                status={
                  entry.effectiveTo !== undefined && entry.effectiveTo < entry.effectiveFrom
                    ? 'error'
                    : undefined
                }
                onChange={(date) =>
                  change(index, { effectiveTo: date ? date.format('YYYY-MM-DD') : undefined })
                }
              />
            ),
          },
          {
            title: '医保类别',
            render: (_, { entry, index }) => (
              <Select
                aria-label={`第 ${index + 1} 行医保类别`}
                style={{ width: 80 }}
                value={entry.insuranceClass ?? ''}
                options={CLASSES}
                onChange={(value: string) =>
                  change(index, {
                    insuranceClass: value === '' ? undefined : (value as 'A' | 'B' | 'C'),
                  })
                }
              />
            ),
          },
          {
            title: '',
            width: 110,
            render: (_, { index }) => (
              <Space size={4}>
                <Button
                  type="text"
                  danger
                  aria-label={`删除第 ${index + 1} 行`}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(index)}
                />
                {problems.has(index) && (
                  <Tooltip title={problems.get(index)?.join('；')}>
                    <Tag color="error" style={{ marginInlineEnd: 0 }}>
                      有误
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PriceImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={imported}
      />
    </div>
  );
}
