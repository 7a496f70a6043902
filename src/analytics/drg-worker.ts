// One worker thread of the bulk DRG grouper: loads and compiles the scheme once, then groups each batch
// of cases it is sent and answers with the results in the same order; a piece of a case file it reads,
// groups and answers as result CSV lines.
import { parentPort, workerData } from 'node:worker_threads';
import { groupCase } from '../core/drg/group';
import { groupCaseRows } from '../core/drg/group-case-rows';
import type { DrgCase, DrgResult } from '../core/drg/types';
import { UserError } from '../core/shared/errors';
import { loadDrgScheme } from '../store/drg-schemes';
import { decodeCases, encodeResults } from './drg-bulk-codec';
import type { CsvPieceJob, WorkerBatch, WorkerReply, WorkerSetup } from './drg-bulk-protocol';

const port = parentPort;
const setup = workerData as WorkerSetup;

function fail(error: unknown): WorkerReply {
  if (error instanceof UserError)
    return {
      error: error.message,
      userError: true,
      where: error.details.where,
      line: error.details.line,
    };
  return {
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    userError: false,
  };
}

if (port !== null) {
  let scheme: ReturnType<typeof loadDrgScheme> | undefined;
  let setupError: WorkerReply | undefined;
  try {
    scheme = loadDrgScheme(setup.scheme);
  } catch (error) {
    setupError = fail(error);
  }
  const options = { trace: setup.trace, strict: setup.strict };
  const groupPiece = (compiled: NonNullable<typeof scheme>, job: CsvPieceJob) => {
    const text = Buffer.from(job.piece.buffer, job.piece.byteOffset, job.piece.byteLength);
    const grouped = groupCaseRows(
      compiled,
      job.header,
      job.file,
      { text: text.toString('utf8'), linesBefore: 0 },
      { trace: false, strict: setup.strict },
    );
    // Sent as text: the main thread, idle while the workers group, encodes it as it writes.
    port.postMessage(grouped satisfies WorkerReply);
  };
  port.on('message', (batch: WorkerBatch) => {
    if (scheme === undefined) {
      port.postMessage(setupError);
      return;
    }
    try {
      if (typeof batch === 'object' && !Array.isArray(batch)) {
        groupPiece(scheme, batch);
        return;
      }
      const cases = typeof batch === 'string' ? decodeCases(batch) : batch;
      const results = new Array<DrgResult>(cases.length);
      for (let i = 0; i < cases.length; i++)
        results[i] = groupCase(scheme, cases[i] as DrgCase, options);
      const reply: WorkerReply =
        typeof batch === 'string' ? { encoded: encodeResults(results) } : { results };
      port.postMessage(reply);
    } catch (error) {
      port.postMessage(fail(error));
    }
  });
}
