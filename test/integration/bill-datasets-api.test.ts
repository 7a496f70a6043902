// Bill datasets through the API on both databases: generate demo bills with progress, upload files as hospitals
// export them (GBK CSV with Chinese headers, .csv.gz, .xlsx), refuse bad columns and old .xls files.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billTemplateTable } from '../../src/core/simulate/bill-template';
import { csvLine } from '../../src/documents/csv-field';
import type { JobView } from '../../src/server/jobs';
import type { BillDataset } from '../../src/store/bill-datasets';
import { multipartFile } from '../helpers/api';
import { startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

describe.each(databases)('bill datasets on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-files-'));

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, office } = api);
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('generates demo bills in the background and describes the file', async () => {
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: office },
      payload: { lines: 3000, seed: 7 },
    });
    expect(started.statusCode).toBe(202);
    const { dataset, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    expect(dataset.status).toBe('pending');
    const finished = await waitForJob(app, office, job.id);
    expect(finished.status).toBe('done');
    const ready = (
      await app.inject({
        method: 'GET',
        url: `/api/bill-datasets/${dataset.id}`,
        headers: { cookie: office },
      })
    ).json<BillDataset>();
    expect(ready.status).toBe('ready');
    expect(ready.description?.lines).toBeGreaterThanOrEqual(3000);
    expect(ready.description?.hospitals).toHaveLength(10);
    expect(ready.description?.lastDate?.slice(0, 4)).toBe('2018');
    // The simulator's own line checks: the demo file is clean, so every line is usable.
    expect(ready.description?.check).toEqual({
      linesUsable: ready.description?.lines,
      linesLeftOut: 0,
      encountersLeftOut: 0,
      linesNetted: 0,
      reasons: [],
    });
    // Answers name files relative to the files folder, never by their absolute server path.
    expect(path.isAbsolute(ready.path)).toBe(false);
    expect(existsSync(path.join(filesDir, ready.path))).toBe(true);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/bill-datasets/${dataset.id}`,
      headers: { cookie: office },
    });
    expect(removed.statusCode).toBe(204);
    expect(existsSync(path.join(filesDir, ready.path))).toBe(false);
  });

  it('marks an uploaded file with the wrong columns as failed, saying which columns', async () => {
    const csv = new TextEncoder().encode('encounter_id,amount\n1,2\n');
    const upload = multipartFile('账单.csv', csv);
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(started.statusCode).toBe(202);
    const { dataset, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    expect(dataset.fileName).toBe('账单.csv');
    const finished = await waitForJob(app, office, job.id);
    expect(finished.status).toBe('failed');
    expect(finished.error?.message).toContain('缺少列');
    const failed = (
      await app.inject({
        method: 'GET',
        url: `/api/bill-datasets/${dataset.id}`,
        headers: { cookie: office },
      })
    ).json<BillDataset>();
    expect(failed.status).toBe('failed');
  });

  /** Uploads `bytes` as `fileName`, waits for the scan and answers the dataset. */
  async function uploaded(fileName: string, bytes: Uint8Array): Promise<BillDataset> {
    const upload = multipartFile(fileName, bytes);
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(started.statusCode).toBe(202);
    const { dataset, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    const finished = await waitForJob(app, office, job.id);
    expect(finished.error?.message ?? null).toBeNull();
    return (
      await app.inject({
        method: 'GET',
        url: `/api/bill-datasets/${dataset.id}`,
        headers: { cookie: office },
      })
    ).json<BillDataset>();
  }

  const chinese = billTemplateTable('chinese');
  const chineseCsv = [chinese.header, ...chinese.rows].map(csvLine).join('');

  it('reads a GBK CSV with Chinese headers and yuan prices as hospitals export it', async () => {
    const ready = await uploaded('医院导出.csv', iconv.encode(chineseCsv, 'gbk'));
    expect(ready.status).toBe('ready');
    expect(ready.description).toMatchObject({
      lines: 3,
      encounters: 2,
      inpatientEncounters: 1,
      persons: 2,
      firstDate: '2024-03-05',
      lastDate: '2024-03-14',
      hospitals: [
        expect.objectContaining({ id: 'H50011300001', name: '示例区人民医院', lines: 3 }),
      ],
      intake: { kinds: ['csv'], encoding: 'gb18030', headerForm: 'chinese', converted: true },
    });
    // The stored file is the UTF-8 copy under the format's names.
    expect(ready.path).toMatch(/\.csv$/);
    const stored = readFileSync(path.join(filesDir, ready.path), 'utf8');
    expect(stored.startsWith('encounter_id,person_id,')).toBe(true);
    expect(stored).toContain('腹腔镜下阑尾切除术');
    expect(readdirSync(path.join(filesDir, 'bills')).filter((f) => f.endsWith('.upload'))).toEqual(
      [],
    );
  });

  it('unpacks a .csv.gz upload instead of reading the compressed bytes', async () => {
    const ready = await uploaded('明细.csv.gz', gzipSync(iconv.encode(chineseCsv, 'gb18030')));
    expect(ready.status).toBe('ready');
    expect(ready.name).toBe('明细');
    expect(ready.description?.lines).toBe(3);
    expect(ready.description?.intake).toMatchObject({ kinds: ['gzip', 'csv'] });
  });

  it('converts an .xlsx upload with a title row to CSV and describes it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('费用明细');
    sheet.addRow(['示例区人民医院 2024 年 3 月费用明细']);
    sheet.addRow(chinese.header);
    for (const row of chinese.rows) sheet.addRow(row);
    const ready = await uploaded('明细.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(ready.status).toBe('ready');
    expect(ready.description).toMatchObject({
      lines: 3,
      encounters: 2,
      intake: { kinds: ['xlsx'], headerForm: 'chinese', sheet: { name: '费用明细', headerRow: 2 } },
    });
    expect(ready.format).toBe('csv');
  });

  it('refuses an old .xls file before storing it, saying how to save it', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const upload = multipartFile('bills.xls', xls);
    const response = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      message: '不支持旧版 Excel（.xls）文件。请在 Excel 中另存为 .xlsx 或 CSV 后上传',
      where: 'bills.xls',
    });
    expect(readdirSync(path.join(filesDir, 'bills')).filter((f) => f.endsWith('.upload'))).toEqual(
      [],
    );
  });
});
