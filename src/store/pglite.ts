// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a data folder, or in memory for tests.
import { PGlite, type Transaction } from '@electric-sql/pglite';
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

/** Opens (creating when needed) the embedded database in `dataDir`; `undefined` keeps it in memory. */
export async function openPglite(dataDir: string | undefined): Promise<Store> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const sql = wrap(db, false, db);
  return {
    ...sql,
    location: dataDir ?? '内存数据库',
    close: () => db.close(),
  };
}
