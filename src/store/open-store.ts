// Decides once which database a URL means, opens it and brings its schema up to date.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Store } from './sql';

export const defaultDataDir = './yigai-data';

/** A PostgreSQL server, as opposed to the embedded database in a folder or in memory. */
export const isServerUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/**
 * `postgres://…` or `postgresql://…` → a PostgreSQL server; `memory:` → an in-memory embedded database;
 * `file:///path` or a plain path → the embedded database in that folder.
 */
export async function openStore(url: string = defaultDataDir): Promise<Store> {
  let store: Store;
  if (isServerUrl(url)) store = await openPostgres(url);
  else if (url === 'memory:') store = await openPglite(undefined);
  else if (url.startsWith('file:')) store = await openPglite(fileURLToPath(url));
  else store = await openPglite(resolve(url));
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The database the command line and `npm start` use: DATABASE_URL, else the local data folder. */
export function databaseUrlFromEnv(explicit?: string): string {
  return explicit ?? process.env.DATABASE_URL ?? process.env.YIGAI_DATA ?? defaultDataDir;
}
