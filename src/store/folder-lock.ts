// One writer per embedded database: an exclusive lock file in the data folder naming the process that holds it.
// Two processes writing one PGlite folder silently lose rows, so the second one is refused with who holds it.
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserError } from '../core/shared/errors';

export const lockFileName = 'yigai.lock';

/** What the lock file says about the process holding the folder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO time). */
  since: string;
  /** The command the holder runs, e.g. "yigai serve". */
  command: string;
  /** The address of the web server holding the folder, once it listens. */
  url?: string;
}

/** The folder is held by another live process. */
export class FolderBusyError extends UserError {
  readonly folder: string;
  readonly holder: LockHolder;

  /** `instead` says what to do in place of the refused command (which page or command to use). */
  constructor(folder: string, holder: LockHolder, instead?: string) {
    super('conflict', busyMessage(folder, holder, instead));
    this.name = 'FolderBusyError';
    this.folder = folder;
    this.holder = holder;
  }
}

const shanghaiTime = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
};

function busyMessage(folder: string, holder: LockHolder, instead?: string): string {
  const where = holder.host === hostname() ? '' : `，主机 ${holder.host}`;
  const serving = holder.url ? `，网址 ${holder.url}` : '';
  return (
    `数据文件夹 ${folder} 正被另一个进程使用（${holder.command}，进程号 ${holder.pid}${where}，` +
    `自 ${shanghaiTime(holder.since)} 起${serving}）。嵌入式数据库同时只能由一个进程写入，否则会丢失数据。` +
    (instead ?? '请使用正在运行的服务，或先停止该进程再运行。') +
    '需要多个进程同时工作时，请改用 PostgreSQL 服务器（--database postgres://…）。'
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string') return null;
    return {
      pid: holder.pid,
      host: holder.host,
      since: String(holder.since ?? ''),
      command: String(holder.command ?? 'yigai'),
      ...(holder.url ? { url: holder.url } : {}),
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    return null; // half-written or damaged: the writer died while writing it
  }
}

/** Folders this process holds, so a second open in the same process is refused too. */
const held = new Map<string, FolderLock>();

export interface FolderLock {
  readonly folder: string;
  readonly holder: LockHolder;
  /** Records the address of the server holding the folder, so a refused command can name it. */
  noteUrl(url: string): void;
  release(): void;
}

/** A stale lock (its process is gone) is set aside atomically; only one of several racing takers wins it. */
function takeOverStale(file: string, stale: string): boolean {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // another process took it first
  }
  const taken = readFileSync(aside, 'utf8');
  if (taken !== stale) {
    // A live lock was written in between: put it back unless yet another lock appeared meanwhile.
    try {
      linkSync(aside, file);
    } catch {
      /* the folder is locked again either way */
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

/**
 * Takes the lock on `folder` (created when missing) for this process, replacing a stale one, or throws
 * FolderBusyError naming the live holder. The lock goes with `release()` and at process exit.
 */
export function lockFolder(folder: string, command: string): FolderLock {
  const already = held.get(folder);
  if (already) throw new FolderBusyError(folder, already.holder);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, lockFileName);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    command,
  };
  let written = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const descriptor = openSync(file, 'wx');
      try {
        writeFileSync(descriptor, written);
      } finally {
        closeSync(descriptor);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
    let stale: string;
    let other: LockHolder | null;
    try {
      stale = readFileSync(file, 'utf8');
      other = readHolder(file);
    } catch {
      continue; // released between our attempt and the read
    }
    if (other === null && attempt < 3) {
      // Empty or damaged: perhaps a process is writing it right now; look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    // Our own pid in a lock we do not hold is a previous life of this process id (e.g. pid 1 in a container).
    const live =
      other !== null &&
      (other.host !== hostname() || (other.pid !== process.pid && isAlive(other.pid)));
    if (live) throw new FolderBusyError(folder, other as LockHolder);
    takeOverStale(file, stale);
  }

  const onExit = () => lock.release();
  const lock: FolderLock = {
    folder,
    holder,
    noteUrl(url: string) {
      holder.url = url;
      const next = `${JSON.stringify(holder)}\n`;
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, next);
      renameSync(partial, file);
      written = next;
    },
    release() {
      if (held.get(folder) !== lock) return;
      held.delete(folder);
      process.removeListener('exit', onExit);
      try {
        if (readFileSync(file, 'utf8') === written) unlinkSync(file);
      } catch {
        /* already gone */
      }
    },
  };
  held.set(folder, lock);
  process.on('exit', onExit);
  return lock;
}

/** The lock this process holds on `folder`, if any. */
export const heldLock = (folder: string): FolderLock | undefined => held.get(folder);
