// 导出 Excel and 导出测算分析报告（Word）for a finished run, each with its own busy state and error message.
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { errorText } from '../../shared/api';
import { runApi, type RunSummary } from './api';

export function ExportButtons({ run }: { run: RunSummary }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);

  const download = async (kind: 'xlsx' | 'docx') => {
    setBusy(kind);
    try {
      await (kind === 'xlsx' ? runApi.downloadXlsx(run) : runApi.downloadDocx(run));
    } catch (caught) {
      message.error(`导出失败：${errorText(caught)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        onClick={() => void download('xlsx')}
      >
        导出 Excel
      </Button>
      <Button
        type="primary"
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        onClick={() => void download('docx')}
      >
        导出测算分析报告（Word）
      </Button>
    </Space>
  );
}
