// Calls of the price schedule editor: read an Excel/CSV file into entries (a refused file rejects with every
// wrong cell), and download entries as an .xlsx workbook.
import { errorFromResponse, networkError, postForm, succeeded } from '../../shared/api';
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';

export interface PriceFileError {
  line: number;
  column: string;
  message: string;
}

/** A file refused cell by cell: the server's message and every wrong cell. */
export class PriceFileRejected extends Error {
  constructor(
    message: string,
    readonly errors: PriceFileError[],
  ) {
    super(message);
    this.name = 'PriceFileRejected';
  }
}

async function readFile(
  file: File,
  onProgress: (percent: number) => void,
): Promise<PriceScheduleEntry[]> {
  const form = new FormData();
  form.append('file', file, file.name);
  const request = await postForm('/api/price-schedule/read', form, onProgress);
  let body: {
    entries?: PriceScheduleEntry[];
    error?: { message?: string };
    errors?: PriceFileError[];
  } | null;
  try {
    body = JSON.parse(request.responseText) as typeof body;
  } catch {
    body = null; // not JSON: the general message below
  }
  if (succeeded(request) && body?.entries !== undefined) return body.entries;
  if (body?.errors !== undefined && body.errors.length > 0) {
    throw new PriceFileRejected(body.error?.message ?? '文件有误，未导入', body.errors);
  }
  throw errorFromResponse(request.status, request.responseText);
}

/** Posts the entries and hands the browser the workbook the server writes. */
async function downloadXlsx(entries: readonly PriceScheduleEntry[]): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/price-schedule/xlsx', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entries }),
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw errorFromResponse(response.status, await response.text());
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = '调价表.xlsx';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const priceScheduleApi = { readFile, downloadXlsx };
