// Drag-and-drop import of a plan document (.txt UTF-8/GBK, .docx, .pdf) with an upload progress bar.
import { FileDrop } from '../shared/FileDrop';
import { planApi } from './api';
import type { PlanDetail } from './model';

export function PlanUpload({ onImported }: { onImported: (detail: PlanDetail) => void }) {
  return (
    <FileDrop
      accepted={['.txt', '.docx', '.pdf']}
      wrongKind={(name) =>
        `「${name}」不是可导入的格式。请上传 .txt（UTF-8 或 GBK 编码）、.docx 或 .pdf 文件。`
      }
      text="把方案文件拖到这里，或点击选择文件"
      hint="支持 .txt（UTF-8 或 GBK 编码）、.docx、.pdf。导入后先是草稿，审核无误再发布。"
      failure="导入失败"
      processing={(name) => `已上传「${name}」，正在解析方案…`}
      send={async (file, onProgress) => onImported(await planApi.upload(file, onProgress))}
    />
  );
}
