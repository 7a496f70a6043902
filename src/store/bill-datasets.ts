// Registered bill files: where each lives on disk, what a scan found, who added it. Every change audited.
import type { BillFileDescription } from '../analytics/bills/describe-bills';
import type { BillFileIntake } from '../analytics/bills/intake';
import { notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

/** What a scan found, and for an upload what the file was before it was prepared (encoding, header form). */
export type BillDatasetDescription = BillFileDescription & { intake?: BillFileIntake };

export type BillDatasetStatus = 'pending' | 'ready' | 'failed' | 'cancelled';

export interface BillDataset {
  id: number;
  name: string;
  fileName: string;
  path: string;
  format: 'csv' | 'parquet';
  source: 'upload' | 'demo';
  sizeBytes: number;
  status: BillDatasetStatus;
  description: BillDatasetDescription | null;
  error: string | null;
  /** The unit that owns the dataset (the creating account's). */
  ownerUnit: string | null;
  createdAt: string;
}

interface Row {
  [key: string]: unknown;
  id: number;
  name: string;
  file_name: string;
  path: string;
  format: 'csv' | 'parquet';
  source: 'upload' | 'demo';
  size_bytes: string | number;
  status: BillDatasetStatus;
  description: BillDatasetDescription | null;
  error: string | null;
  owner_unit: string | null;
  created_at: unknown;
}

const toDataset = (row: Row): BillDataset => ({
  id: row.id,
  name: row.name,
  fileName: row.file_name,
  path: row.path,
  format: row.format,
  source: row.source,
  sizeBytes: Number(row.size_bytes),
  status: row.status,
  description: row.description,
  error: row.error,
  ownerUnit: row.owner_unit,
  createdAt: new Date(row.created_at as string).toISOString(),
});

export interface NewBillDataset {
  name: string;
  fileName: string;
  path: string;
  format: 'csv' | 'parquet';
  source: 'upload' | 'demo';
  sizeBytes: number;
  status: BillDatasetStatus;
}

export async function insertBillDataset(sql: Sql, actor: Actor | null, dataset: NewBillDataset) {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `insert into bill_datasets (name, file_name, path, format, source, size_bytes, status, created_by,
         owner_unit)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *`,
      [
        dataset.name,
        dataset.fileName,
        dataset.path,
        dataset.format,
        dataset.source,
        dataset.sizeBytes,
        dataset.status,
        actor?.id ?? null,
        ownerUnitOf(actor),
      ],
    );
    if (!row) throw new Error('insert into bill_datasets returned no row');
    await audit(tx, actor, {
      action: 'bills.add',
      entity: 'bill-dataset',
      entityId: row.id,
      after: { name: dataset.name, fileName: dataset.fileName, source: dataset.source },
    });
    return toDataset(row);
  });
}

/** Records the outcome of a scan (or of generating the file), only while the dataset is still pending. */
export async function finishBillDataset(
  sql: Sql,
  id: number,
  outcome:
    | { status: 'ready'; description: BillDatasetDescription; sizeBytes: number }
    | { status: 'failed'; error: string },
): Promise<void> {
  if (outcome.status === 'ready') {
    await sql.query(
      `update bill_datasets set status = 'ready', description = $2::jsonb, size_bytes = $3, error = null
       where id = $1 and status = 'pending'`,
      [id, JSON.stringify(outcome.description), outcome.sizeBytes],
    );
  } else {
    await sql.query(
      `update bill_datasets set status = 'failed', error = $2 where id = $1 and status = 'pending'`,
      [id, outcome.error],
    );
  }
}

/** Points a pending dataset at its prepared file (an upload converted to UTF-8 CSV, or renamed by its format). */
export async function setBillDatasetFile(
  sql: Sql,
  id: number,
  file: { path: string; format: 'csv' | 'parquet'; sizeBytes: number },
): Promise<void> {
  await sql.query(
    `update bill_datasets set path = $2, format = $3, size_bytes = $4 where id = $1 and status = 'pending'`,
    [id, file.path, file.format, file.sizeBytes],
  );
}

export async function listBillDatasets(sql: Sql): Promise<BillDataset[]> {
  const rows = await sql.query<Row>('select * from bill_datasets order by id desc');
  return rows.map(toDataset);
}

export async function getBillDataset(sql: Sql, id: number): Promise<BillDataset> {
  const [row] = await sql.query<Row>('select * from bill_datasets where id = $1', [id]);
  if (!row) throw notFound(`账单数据集 #${id} 不存在，可能已被删除。`);
  return toDataset(row);
}

export async function deleteBillDataset(sql: Sql, actor: Actor, id: number): Promise<BillDataset> {
  return sql.transaction(async (tx) => {
    const dataset = await getBillDataset(tx, id);
    await tx.query('delete from bill_datasets where id = $1', [id]);
    await audit(tx, actor, {
      action: 'bills.delete',
      entity: 'bill-dataset',
      entityId: id,
      before: { name: dataset.name, fileName: dataset.fileName },
    });
    return dataset;
  });
}
