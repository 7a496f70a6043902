// 账单数据: the bill datasets available for simulation; upload a file or generate demo bills, delete.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Row, Space } from 'antd';
import { errorText } from '../../shared/api';
import { useMay } from '../../shared/auth';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { Job } from '../../shared/jobs';
import { useLoad } from '../../shared/useLoad';
import { datasetApi, type BillDataset } from './api';
import { BillFormatHelp } from './BillFormatHelp';
import { DatasetTable } from './DatasetTable';
import { DemoBillsForm } from './DemoBillsForm';
import { UploadBills } from './UploadBills';

export function DatasetsPage() {
  const { message } = App.useApp();
  const may = useMay();
  const list = useLoad('datasets', () => datasetApi.list());
  const [failure, setFailure] = useState<{ name: string; text: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const datasets = list.data ?? [];
  const pending = datasets.some((dataset) => dataset.status === 'pending');
  const { reload } = list;

  // A dataset still being checked (started here or elsewhere) is looked at again shortly.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(reload, 3000);
    return () => clearTimeout(timer);
  }, [pending, reload, list.data]);

  const ended = (job: Job, name: string) => {
    list.reload();
    if (job.status === 'done') {
      setFailure(null);
      message.success(`「${name}」已可用于测算`);
    } else {
      setFailure({ name, text: job.error?.message ?? job.message });
      setHelpOpen(true);
    }
  };

  const remove = async (dataset: BillDataset) => {
    try {
      await datasetApi.remove(dataset.id);
      message.success(`已删除「${dataset.name}」`);
      list.reload();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {may('dataset.write') && (
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card title="上传账单文件" size="small" style={{ height: '100%' }}>
              <UploadBills onStart={list.reload} onEnd={ended} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title="生成演示账单" size="small" style={{ height: '100%' }}>
              <DemoBillsForm onStart={list.reload} onEnd={ended} />
            </Card>
          </Col>
        </Row>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          data-testid="dataset-failure"
          title={`「${failure.name}」无法使用`}
          description={
            <div style={{ whiteSpace: 'pre-wrap' }}>
              {failure.text}
              <div style={{ marginTop: 8 }}>请对照下方“账单文件格式”修改文件后重新上传。</div>
            </div>
          }
          action={
            <Button size="small" onClick={() => setHelpOpen(true)}>
              查看格式
            </Button>
          }
          closable={{ onClose: () => setFailure(null) }}
        />
      )}
      <Card title="账单数据集" size="small">
        {list.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={list.error} onRetry={list.reload} />
          </div>
        )}
        <DatasetTable
          datasets={datasets}
          loading={list.loading}
          onDelete={(d) => void remove(d)}
          mayDelete={(d) => may('dataset.delete', d.ownerUnit)}
        />
      </Card>
      <BillFormatHelp open={helpOpen} onOpenChange={setHelpOpen} />
    </Space>
  );
}
