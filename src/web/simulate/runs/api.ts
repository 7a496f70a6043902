// Calls of the run pages to the server: start a run, list runs, read one with its result, export it.
import { apiDownload, apiJson } from '../../shared/api';
import type { BulkSimulationResult } from '../../../analytics/simulate-bulk/simulate-bulk';
import type { Scenario } from '../../../core/simulate/scenario';
import type { Job } from '../../shared/jobs';

export type { BulkSimulationResult };

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface RunHeadline {
  lines: number;
  encounters: number;
  fundChangeFen: number;
  oopChangeFen: number;
  subsidyFen: number;
  /** How many of the three conditions hold (0–3). */
  conditionsHeld: number;
}

export interface RunSummary {
  id: number;
  scenarioId: number | null;
  scenarioName: string;
  scenarioVersion: number;
  datasetId: number | null;
  datasetName: string;
  status: RunStatus;
  createdAt: string;
  finishedAt: string | null;
  username: string | null;
  /** Who started the run, by the account's display name. */
  displayName: string | null;
  headline: RunHeadline | null;
}

export interface RunDetail extends RunSummary {
  scenario?: Scenario;
  /** Hospital code → name, as the bill dataset named them. */
  hospitalNames?: Record<string, string>;
  result: BulkSimulationResult | null;
  error: string | null;
}

const base = '/api/simulation-runs';

export const runApi = {
  list: async () => (await apiJson<{ runs: RunSummary[] }>('GET', base)).runs,
  get: (id: number) => apiJson<RunDetail>('GET', `${base}/${id}`),
  start: (body: { scenarioId: number; version?: number; datasetId: number }) =>
    apiJson<{ run: RunSummary; job: Job }>('POST', base, body),
  downloadXlsx: (run: RunSummary) =>
    apiDownload(`${base}/${run.id}/report.xlsx`, `${run.scenarioName}-测算结果.xlsx`),
  downloadDocx: (run: RunSummary) =>
    apiDownload(`${base}/${run.id}/report.docx`, `${run.scenarioName}-测算分析报告.docx`),
};
