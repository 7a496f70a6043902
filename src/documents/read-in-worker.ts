// Reads an uploaded .docx, .xlsx or .pdf on a worker thread held to a heap and a time limit (quotas.ts):
// a file that needs more memory or time ends its worker, not the server, and the user is told why.
// A ZIP is checked from its central directory here first, so a zip bomb never reaches a worker.
import { Worker } from 'node:worker_threads';
import { tooLarge, UserError } from '../core/shared/errors';
import {
  READ_WORKER_OLD_GENERATION_MB,
  READ_WORKER_TIME_MS,
  READ_WORKER_YOUNG_GENERATION_MB,
  READ_WORKERS_AT_ONCE,
} from '../core/shared/quotas';
import type { ReadReply, ReadTask } from './read-worker-protocol';
import { checkZipArchive } from './zip-guard';

/** The worker entry; a build that compiles to JavaScript ships it beside this module. */
const workerEntry = new URL('./read-worker.mjs', import.meta.url);
/** An idle worker is kept this long for the next upload, then ended. */
const IDLE_MS = 30_000;

interface IdleWorker {
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
}

let busy = 0;
const idle: IdleWorker[] = [];
const waiting: Array<() => void> = [];

const newWorker = () =>
  new Worker(workerEntry, {
    resourceLimits: {
      maxOldGenerationSizeMb: READ_WORKER_OLD_GENERATION_MB,
      maxYoungGenerationSizeMb: READ_WORKER_YOUNG_GENERATION_MB,
    },
  });

async function takeWorker(): Promise<Worker> {
  if (busy >= READ_WORKERS_AT_ONCE) await new Promise<void>((go) => waiting.push(go));
  busy++;
  const kept = idle.pop();
  if (!kept) return newWorker();
  clearTimeout(kept.timer);
  kept.worker.ref();
  return kept.worker;
}

/** A worker that answered goes back to the idle list; one that failed or ran over is ended. */
function giveBack(worker: Worker, reusable: boolean): void {
  busy--;
  // only this module's listeners: the Worker keeps its own for 'newListener' and 'removeListener'
  for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
  if (reusable) {
    worker.unref();
    const entry: IdleWorker = {
      worker,
      timer: setTimeout(() => {
        idle.splice(idle.indexOf(entry), 1);
        void worker.terminate();
      }, IDLE_MS),
    };
    entry.timer.unref();
    // an idle worker that dies is simply forgotten
    worker.once('exit', () => {
      clearTimeout(entry.timer);
      if (idle.includes(entry)) idle.splice(idle.indexOf(entry), 1);
    });
    idle.push(entry);
  } else void worker.terminate();
  waiting.shift()?.();
}

function runOn<T>(worker: Worker, task: ReadTask): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (reusable: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      giveBack(worker, reusable);
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(false, () =>
          reject(
            tooLarge(
              `读取文件超过 ${READ_WORKER_TIME_MS / 1000} 秒（上限）仍未完成，文件可能过大或结构异常。请拆分文件或另存为更简单的格式后再上传`,
              { where: task.fileName },
            ),
          ),
        ),
      READ_WORKER_TIME_MS,
    );
    worker.once('message', (reply: ReadReply) =>
      settle(reply.ok || 'userError' in reply, () => {
        if (reply.ok) resolve(reply.value as T);
        else if ('userError' in reply) {
          const { kind, message, details } = reply.userError;
          reject(new UserError(kind, message, details));
        } else reject(new Error(`file reader failed: ${reply.internal}`));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(false, () =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooLarge(
                `读取这个文件所需内存超过 ${READ_WORKER_OLD_GENERATION_MB} MB（上限），文件内容过多或结构异常。请拆分文件，或删去图片等大对象后再上传`,
                { where: task.fileName },
              )
            : error,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(false, () => reject(new Error(`file reader exited early (code ${code})`))),
    );
    worker.postMessage(task);
  });
}

/** The value the in-thread reader named by `task.kind` gives, read on a worker thread. */
export async function readInWorker<T>(task: ReadTask): Promise<T> {
  const isZip = task.bytes[0] === 0x50 && task.bytes[1] === 0x4b;
  if (isZip) checkZipArchive(task.bytes, task.fileName);
  return runOn<T>(await takeWorker(), task);
}
