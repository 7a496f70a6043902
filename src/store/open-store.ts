// Decides once which database a URL means, opens it and brings its schema up to date.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Store } from './sql';

export const defaultDataDir = './yigai-data';

/**
 * `postgres://…` or `postgresql://…` → a PostgreSQL server; `memory:` → an in-memory embedded database;
 * `file:///path` or a plain path → the embedded database in that folder.
 */
export async function openStore(url: string = defaultDataDir): Promise<Store> {
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(url)) store = await openPostgres(url);
  else if (url === 'memory:') store = await openPglite(undefined);
  else if (url.startsWith('file:')) store = await openPglite(fileURLToPath(url));
  else store = await openPglite(resolve(url));
  await migrate(store);
  return store;
}

/** The database the command line and `npm start` use: DATABASE_URL, else the local data folder. */
export function databaseUrlFromEnv(explicit?: string): string {
  return explicit ?? process.env.DATABASE_URL ?? process.env.YIGAI_DATA ?? defaultDataDir;
}
