// 上传账单: a bill file as hospitals export it (CSV in UTF-8 or GBK, .xlsx, Parquet, or .csv.gz) with an upload
// progress bar, then the server's scan of it with its own bar, then what the scan found; templates to fill in.
import { useState } from 'react';
import { FileDrop } from '../../shared/FileDrop';
import type { Job } from '../../shared/jobs';
import { WatchJob } from '../../shared/WatchJob';
import { BILL_TEMPLATES, TemplateLinks } from '../common/TemplateLinks';
import { datasetApi, type BillDataset } from './api';
import { DatasetCheck } from './DatasetCheck';

export const BILL_FILE_EXTENSIONS = ['.csv', '.txt', '.tsv', '.xlsx', '.parquet', '.pq', '.gz'];

export function UploadBills({
  onStart,
  onEnd,
}: {
  onStart: () => void;
  onEnd: (job: Job, name: string) => void;
}) {
  const [scan, setScan] = useState<{ fileName: string; jobId: string; id: number } | null>(null);
  const [checked, setChecked] = useState<BillDataset | null>(null);

  return (
    <div>
      <FileDrop
        accepted={BILL_FILE_EXTENSIONS}
        wrongKind={(name) =>
          `「${name}」不是账单文件的格式。请上传 CSV、Excel（.xlsx）、Parquet 或 .csv.gz 文件（列见下方“账单文件格式”）。`
        }
        text="把账单明细文件拖到这里，或点击选择文件"
        hint="CSV（UTF-8 或 GBK，第一行为列名，中文表头或英文列名均可）、Excel .xlsx、Parquet 或 .csv.gz，每行一条费用明细；上传后服务器识别编码与格式，检查列并统计行数。"
        failure="上传失败"
        disabled={scan !== null}
        send={async (file, onProgress) => {
          setChecked(null);
          const { dataset, job } = await datasetApi.upload(file, onProgress);
          setScan({ fileName: file.name, jobId: job.id, id: dataset.id });
          onStart();
        }}
      />
      <TemplateLinks title="下载模板" links={BILL_TEMPLATES} />
      {scan !== null && (
        <div style={{ marginTop: 12 }}>
          <WatchJob
            jobId={scan.jobId}
            label={`检查「${scan.fileName}」`}
            onEnd={(job) => {
              setScan(null);
              onEnd(job, scan.fileName);
              if (job.status === 'done')
                datasetApi.get(scan.id).then(setChecked, () => setChecked(null));
            }}
          />
        </div>
      )}
      {checked !== null && <DatasetCheck dataset={checked} />}
    </div>
  );
}
