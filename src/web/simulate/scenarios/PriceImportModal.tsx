// 从 Excel/CSV 导入调价表: choose whether the file replaces the schedule or adds to it, upload it, and see every
// wrong cell with its line and column when the file is refused — nothing changes unless every row passes.
import { useState } from 'react';
import { Modal, Radio, Space, Typography } from 'antd';
import { FileDrop } from '../../shared/FileDrop';
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';
import { PriceFileRejected, priceScheduleApi, type PriceFileError } from './priceScheduleApi';
import type { ImportMode } from './priceScheduleMerge';

const HINT =
  '第一行为列名（上方可有标题行）。必需列：项目编码、医院等级（一级/二级/三级/全部）、新价格（元）、执行日期；' +
  '可选列：截止日期、医保类别（甲/乙/丙，不变的留空）。日期可写 2017-09-01、2017/9/1 或 2017年9月1日。' +
  '可先“导出 Excel”得到模板。';

/** How many wrong cells the alert lists; the message gives the count of all. */
const LISTED = 50;

function ErrorList({ errors }: { errors: PriceFileError[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 260, overflowY: 'auto' }}>
      {errors.slice(0, LISTED).map((error) => (
        <li key={`${error.line}-${error.column}-${error.message}`}>
          第 {error.line} 行{error.column === '' ? '' : ` ${error.column}`}：{error.message}
        </li>
      ))}
      {errors.length > LISTED && <li>……另有 {errors.length - LISTED} 处</li>}
    </ul>
  );
}

export function PriceImportModal({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: (entries: PriceScheduleEntry[], mode: ImportMode, fileName: string) => void;
}) {
  const [mode, setMode] = useState<ImportMode>('merge');

  return (
    <Modal
      title="从 Excel/CSV 导入调价表"
      open={open}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{HINT}</Typography.Paragraph>
      <Radio.Group
        value={mode}
        onChange={(event) => setMode(event.target.value as ImportMode)}
        style={{ marginBottom: 12 }}
        data-testid="price-import-mode"
      >
        <Space orientation="vertical">
          <Radio value="merge">
            追加：文件中的行加入调价表，项目编码、医院等级、执行日期相同的行被覆盖
          </Radio>
          <Radio value="replace">替换：用文件替换整个调价表</Radio>
        </Space>
      </Radio.Group>
      <FileDrop
        accepted={['.xlsx', '.csv', '.txt']}
        wrongKind={(name) => `「${name}」不是调价表的格式。请选择 Excel（.xlsx）或 CSV 文件。`}
        text="点击或拖入调价表文件（.xlsx 或 CSV）"
        hint="导入后请检查，再“保存为新版本”"
        failure="导入失败"
        processing={() => '正在检查每一行…'}
        details={(caught) =>
          caught instanceof PriceFileRejected && caught.errors.length > 0 ? (
            <ErrorList errors={caught.errors} />
          ) : null
        }
        send={async (file, onProgress) =>
          onImported(await priceScheduleApi.readFile(file, onProgress), mode, file.name)
        }
      />
    </Modal>
  );
}
