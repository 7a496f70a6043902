// The file-reading worker thread: reads each uploaded .docx, .xlsx or .pdf it is sent with the in-thread
// readers (each guards its ZIP first), under the memory limit its parent set, one task at a time.
import { parentPort } from 'node:worker_threads';
import { UserError } from '../core/shared/errors';
import { readPlanDocumentInThread } from './read-document';
import { readDrgCaseFileInThread } from './read-drg-cases';
import { readPriceScheduleFileInThread } from './read-price-schedule';
import { readWeightTableFileInThread } from './read-weight-table';
import type { ReadReply, ReadTask } from './read-worker-protocol';

async function run(task: ReadTask): Promise<unknown> {
  switch (task.kind) {
    case 'plan-document':
      return readPlanDocumentInThread(task.bytes, task.fileName);
    case 'drg-cases':
      return readDrgCaseFileInThread(task.bytes, task.fileName);
    case 'weight-table':
      return readWeightTableFileInThread(task.bytes, task.fileName, task.settings);
    case 'price-schedule':
      return readPriceScheduleFileInThread(task.bytes, task.fileName);
  }
}

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (task: ReadTask) =>
    run(task).then(
      (value) => port.postMessage({ ok: true, value } satisfies ReadReply),
      (error: unknown) => {
        const reply: ReadReply =
          error instanceof UserError
            ? {
                ok: false,
                userError: { kind: error.kind, message: error.message, details: error.details },
              }
            : {
                ok: false,
                internal: error instanceof Error ? (error.stack ?? error.message) : String(error),
              };
        port.postMessage(reply);
      },
    ),
  );
}
