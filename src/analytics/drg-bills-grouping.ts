// Groups inpatient encounters batch by batch on the worker pool while the next batch is being read, and hands
// each batch of GroupedCases (with their details) to the caller in order; counts results by status.
import { isGrouped, type GroupedCase } from '../core/drg/grouped-case';
import type { DrgResult } from '../core/drg/types';
import {
  caseDetailOf,
  drgCaseOf,
  groupedCaseOf,
  type BillCaseDetail,
  type BillInpatient,
} from './drg-bills-case';
import type { DrgWorkerPool } from './drg-bulk';

export type OnCases = (cases: GroupedCase[], details: BillCaseDetail[]) => void | Promise<void>;

export interface GroupingSettings {
  pool: DrgWorkerPool;
  batchSize: number;
  total: number | null;
  onCases: OnCases;
  onProgress?: ((done: number, total: number | null) => void) | undefined;
}

export class InpatientGrouping {
  private buffer: BillInpatient[] = [];
  private pending: Promise<void> = Promise.resolve();
  done = 0;
  grouped = 0;
  readonly byStatus: Record<string, number> = {};

  constructor(private readonly settings: GroupingSettings) {}

  async add(inpatient: BillInpatient): Promise<void> {
    this.buffer.push(inpatient);
    if (this.buffer.length >= this.settings.batchSize) await this.dispatch();
  }

  /** Starts grouping what is buffered once the previous batch has been handed over. */
  private async dispatch(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    await this.pending;
    this.pending = this.group(batch);
    // awaited by the next dispatch or by finish(); this only keeps an early failure from being "unhandled"
    this.pending.catch(() => undefined);
  }

  private async group(batch: BillInpatient[]): Promise<void> {
    const results: DrgResult[] = [];
    for await (const part of this.settings.pool.groupBatches(batch.map(drgCaseOf))) {
      results.push(...part);
    }
    const cases: GroupedCase[] = [];
    const details: BillCaseDetail[] = [];
    batch.forEach((inpatient, index) => {
      const result = results[index] as DrgResult;
      const groupedCase = groupedCaseOf(inpatient, result);
      cases.push(groupedCase);
      details.push(caseDetailOf(inpatient, result));
      this.byStatus[result.status] = (this.byStatus[result.status] ?? 0) + 1;
      if (isGrouped(groupedCase)) this.grouped += 1;
    });
    await this.settings.onCases(cases, details);
    this.done += batch.length;
    this.settings.onProgress?.(this.done, this.settings.total);
  }

  /** Groups what is left and waits until every batch has been handed over. */
  async finish(): Promise<void> {
    await this.dispatch();
    await this.pending;
  }
}
