// 上传账单: a CSV or Parquet file with an upload progress bar, then the server's scan of it with its own bar.
import { useState } from 'react';
import { FileDrop } from '../../shared/FileDrop';
import type { Job } from '../../shared/jobs';
import { WatchJob } from '../../shared/WatchJob';
import { datasetApi } from './api';

export function UploadBills({
  onStart,
  onEnd,
}: {
  onStart: () => void;
  onEnd: (job: Job, name: string) => void;
}) {
  const [scan, setScan] = useState<{ fileName: string; jobId: string } | null>(null);

  return (
    <div>
      <FileDrop
        accepted={['.csv', '.parquet']}
        wrongKind={(name) =>
          `「${name}」不是账单文件的格式。请上传 .csv 或 .parquet 文件（列见下方“账单文件格式”）。`
        }
        text="把账单明细文件拖到这里，或点击选择文件"
        hint="CSV（UTF-8，第一行为列名）或 Parquet，每行一条费用明细；上传后服务器检查列并统计行数。"
        failure="上传失败"
        disabled={scan !== null}
        send={async (file, onProgress) => {
          const { job } = await datasetApi.upload(file, onProgress);
          setScan({ fileName: file.name, jobId: job.id });
          onStart();
        }}
      />
      {scan !== null && (
        <div style={{ marginTop: 12 }}>
          <WatchJob
            jobId={scan.jobId}
            label={`检查「${scan.fileName}」`}
            onEnd={(job) => {
              setScan(null);
              onEnd(job, scan.fileName);
            }}
          />
        </div>
      )}
    </div>
  );
}
