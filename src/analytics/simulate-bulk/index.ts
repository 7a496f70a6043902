// The bulk simulator: a scenario over a bill file through DuckDB, equal to core/simulate to the fen.
export {
  simulateBills,
  type BulkSimulationInput,
  type BulkSimulationResult,
} from './simulate-bulk';
export type { RejectedLines } from './rejected';
