// A PostgreSQL server reached through a connection pool (`DATABASE_URL=postgres://…`).
import pg from 'pg';
import type { Row, Sql, Store } from './sql';

// Keep DATE columns as 'YYYY-MM-DD' strings, as PGlite does, instead of JS Dates at local midnight.
pg.types.setTypeParser(1082, (value: string) => value);

type Client = Pick<pg.PoolClient, 'query'>;

function wrap(client: Client, pool: pg.Pool | null): Sql {
  const sql: Sql = {
    engine: 'postgres',
    async query<T extends Row>(text: string, params: unknown[] = []) {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    async exec(script: string) {
      await client.query(script);
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>) {
      if (!pool) return work(sql);
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(wrap(connection, null));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    },
  };
  return sql;
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Connects to a PostgreSQL server; fails with a plain message when it cannot be reached. */
export async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `无法连接 PostgreSQL 数据库 ${redactUrl(url)}：${reason}。请检查 DATABASE_URL 和数据库服务是否已启动。`,
      { cause: error },
    );
  }
  return { ...wrap(pool, pool), location: redactUrl(url), close: () => pool.end() };
}
