// 生成演示账单: choose how many lines (10万 / 100万 / 1000万 or any number) and a seed, watch the progress.
import { useState } from 'react';
import { Alert, Button, Form, InputNumber, Segmented, Space, Typography } from 'antd';
import { errorText } from '../../shared/api';
import type { Job } from '../../shared/jobs';
import { WatchJob } from '../../shared/WatchJob';
import { datasetApi } from './api';

const SIZES = [
  { label: '10万行', value: 100_000 },
  { label: '100万行', value: 1_000_000 },
  { label: '1000万行', value: 10_000_000 },
];

export function DemoBillsForm({
  onStart,
  onEnd,
}: {
  onStart: () => void;
  onEnd: (job: Job, name: string) => void;
}) {
  const [lines, setLines] = useState<number | null>(100_000);
  const [seed, setSeed] = useState<number | null>(2017);
  const [running, setRunning] = useState<{ jobId: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);

  const start = async () => {
    if (lines === null || seed === null) return;
    setError(null);
    setStarting(true);
    try {
      const { dataset, job } = await datasetApi.demo(lines, seed);
      setRunning({ jobId: job.id, name: dataset.name });
      onStart();
    } catch (caught) {
      setError(caught);
    } finally {
      setStarting(false);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary">
        巴南区十家公立医院 2016–2018 年的模拟费用明细，按改革前价格（药品加成 15%、收药事服务费），
        按公开统计校准，可直接用于测算。同一种子生成的账单完全相同。
      </Typography.Paragraph>
      <Form layout="inline" onFinish={() => void start()}>
        <Form.Item label="行数" htmlFor="demo-lines">
          <Space>
            <InputNumber
              id="demo-lines"
              aria-label="行数"
              min={1000}
              max={200_000_000}
              step={10_000}
              value={lines}
              onChange={setLines}
              formatter={(value) => (value ? Number(value).toLocaleString('zh-CN') : '')}
              parser={(text) => Number((text ?? '').replace(/[^\d]/g, ''))}
              style={{ width: 160 }}
            />
            <Segmented
              options={SIZES}
              value={SIZES.some((size) => size.value === lines) ? (lines as number) : ''}
              onChange={(value) => setLines(Number(value))}
            />
          </Space>
        </Form.Item>
        <Form.Item label="随机种子" htmlFor="demo-seed">
          <InputNumber
            id="demo-seed"
            aria-label="随机种子"
            min={1}
            precision={0}
            value={seed}
            onChange={setSeed}
            style={{ width: 110 }}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={starting}
            disabled={running !== null || lines === null || seed === null}
          >
            生成演示账单
          </Button>
        </Form.Item>
      </Form>
      {lines !== null && lines >= 10_000_000 && (
        <Typography.Text type="secondary">
          1000 万行约需数分钟生成，文件约数百 MB；可以离开本页，完成后在列表中查看。
        </Typography.Text>
      )}
      {running && (
        <div style={{ marginTop: 12 }}>
          <WatchJob
            jobId={running.jobId}
            label={`生成「${running.name}」`}
            onEnd={(job) => {
              setRunning(null);
              onEnd(job, running.name);
            }}
          />
        </div>
      )}
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
    </div>
  );
}
