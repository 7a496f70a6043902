// The --database option every command that touches data shares, and opening/closing the store around the work.
// The store modules load only when a command runs, so `yigai --help` and `plan parse` start fast.
import type { Command } from 'commander';
import type { LockHolder } from '../store/folder-lock';
import type { Store } from '../store/sql';

export const databaseOptionHelp =
  '数据库：postgres://… 连接 PostgreSQL；或嵌入式数据库的文件夹（默认 ./yigai-data，也可用环境变量 DATABASE_URL）';

export function addDatabaseOption(command: Command): Command {
  return command.option('--database <url>', databaseOptionHelp);
}

/** What a writing command tells the user to do instead while a running server holds the data folder. */
export type BusyHint = (holder: LockHolder) => string;

export const stopServerFirst =
  (command: string): BusyHint =>
  (holder) =>
    `要运行 ${command}，请先停止该服务（在它的窗口按 Ctrl+C，或 kill ${holder.pid}），运行后再启动。`;

export async function withStore<T>(
  database: string | undefined,
  work: (store: Store) => Promise<T>,
  whenBusy?: BusyHint,
): Promise<T> {
  const { databaseUrlFromEnv, openStore } = await import('../store/open-store');
  const { FolderBusyError } = await import('../store/folder-lock');
  let store: Store;
  try {
    store = await openStore(databaseUrlFromEnv(database));
  } catch (error) {
    if (error instanceof FolderBusyError && whenBusy) {
      throw new FolderBusyError(error.folder, error.holder, whenBusy(error.holder));
    }
    throw error;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
