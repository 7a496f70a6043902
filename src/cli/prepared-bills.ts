// A bill file named on the command line, prepared for the reader (GBK decoded, .gz unpacked, .xlsx converted)
// in a temporary folder that is removed afterwards; what the reader says names the user's file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PreparedBillFile } from '../analytics/bills/intake';

const ENCODING_NAMES: Record<string, string> = {
  gb18030: 'GBK（GB18030）',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** One line for stderr when the file was not read as it is: unpacked, decoded from GBK, converted from .xlsx. */
export function intakeNote(prepared: PreparedBillFile, file: string): string | null {
  const parts: string[] = [];
  if (prepared.kinds.includes('gzip')) parts.push('已解压（gzip）');
  if (prepared.kinds.includes('xlsx'))
    parts.push(
      `已把 Excel 工作表“${prepared.sheet?.name ?? ''}”转为 CSV（表头在第 ${prepared.sheet?.headerRow ?? 1} 行）`,
    );
  if (prepared.encoding && prepared.encoding !== 'utf-8')
    parts.push(`已按 ${ENCODING_NAMES[prepared.encoding] ?? prepared.encoding} 编码读取`);
  return parts.length === 0 ? null : `${file}：${parts.join('，')}`;
}

export async function withPreparedBills<T>(
  file: string,
  work: (prepared: PreparedBillFile) => Promise<T>,
): Promise<T> {
  // Loaded when a command reads bills, so that `yigai --help` stays fast.
  const { prepareBillFile, sayOfUserFile } = await import('../analytics/bills/intake');
  const workDir = await mkdtemp(path.join(tmpdir(), 'yigai-bills-'));
  try {
    const prepared = await prepareBillFile(file, { workDir, fileName: file });
    const note = intakeNote(prepared, file);
    if (note) process.stderr.write(`${note}\n`);
    try {
      return await work(prepared);
    } catch (error) {
      throw sayOfUserFile(error, prepared.file, file);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
