// One worker thread of the bulk DRG grouper: loads and compiles the scheme once, then groups each batch
// of cases it is sent and answers with the results in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { groupCase } from '../core/drg/group';
import type { DrgCase, DrgResult } from '../core/drg/types';
import { UserError } from '../core/shared/errors';
import { loadDrgScheme } from '../store/drg-schemes';
import { decodeCases, encodeResults } from './drg-bulk-codec';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './drg-bulk-protocol';

const port = parentPort;
const setup = workerData as WorkerSetup;

function fail(error: unknown): WorkerReply {
  if (error instanceof UserError)
    return { error: error.message, userError: true, where: error.details.where };
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
  port.on('message', (batch: WorkerBatch) => {
    if (scheme === undefined) {
      port.postMessage(setupError);
      return;
    }
    try {
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
