// Calls of the price schedule editor: read an Excel/CSV file into entries (a refused file rejects with every
// wrong cell), and download entries as an .xlsx workbook.
import { ApiError, apiDownload, errorFromResponse, postForm, succeeded } from '../../shared/api';
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';
import type { PriceFileError } from '../../../documents/read-price-schedule';

export type { PriceFileError };

/** A file refused cell by cell: the server's message and every wrong cell. */
export class PriceFileRejected extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly errors: PriceFileError[],
  ) {
    super(status, message);
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
    throw new PriceFileRejected(request.status, body.error?.message ?? '文件有误', body.errors);
  }
  throw errorFromResponse(request.status, request.responseText);
}

/** Posts the entries and hands the browser the workbook the server writes. */
const downloadXlsx = (entries: readonly PriceScheduleEntry[]) =>
  apiDownload('/api/price-schedule/xlsx', '调价表.xlsx', { entries });

export const priceScheduleApi = { readFile, downloadXlsx };
