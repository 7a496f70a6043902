// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a data folder, or in memory for tests.
// A data folder is locked for the process that opens it (folder-lock.ts): one writer at a time.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockFolder } from './folder-lock';
import type { Row, Sql, Store } from './sql';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

function wrap(db: Queryable, inTransaction: boolean, root: PGlite): Sql {
  const sql: Sql = {
    engine: 'pglite',
    async query<T extends Row>(text: string, params: unknown[] = []) {
      const result = await db.query<T>(text, params);
      return result.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>) {
      if (inTransaction) return work(sql);
      return root.transaction((tx) => work(wrap(tx, true, root)));
    },
  };
  return sql;
}

/** "yigai serve", "yigai plan import": what the lock file says the holder is doing. */
function currentCommand(): string {
  const words = process.argv.slice(2).filter((arg) => /^[a-z][a-z-]*$/.test(arg));
  return ['yigai', ...words.slice(0, 2)].join(' ');
}

/**
 * Opens (creating when needed) the embedded database in `dataDir`, locked for this process until `close()`;
 * `undefined` keeps it in memory.
 */
export async function openPglite(dataDir: string | undefined): Promise<Store> {
  const lock = dataDir ? lockFolder(dataDir, currentCommand()) : null;
  let db: PGlite;
  try {
    db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const sql = wrap(db, false, db);
  return {
    ...sql,
    location: dataDir ?? '内存数据库',
    async close() {
      try {
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
