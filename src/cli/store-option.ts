// The --database option every command that touches data shares, and opening/closing the store around the work.
import type { Command } from 'commander';
import { databaseUrlFromEnv, openStore } from '../store/open-store';
import type { Store } from '../store/sql';

export const databaseOptionHelp =
  '数据库：postgres://… 连接 PostgreSQL；或嵌入式数据库的文件夹（默认 ./yigai-data，也可用环境变量 DATABASE_URL）';

export function addDatabaseOption(command: Command): Command {
  return command.option('--database <url>', databaseOptionHelp);
}

export async function withStore<T>(
  database: string | undefined,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(databaseUrlFromEnv(database));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
