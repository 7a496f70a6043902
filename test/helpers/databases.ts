// The two databases every integration test runs on: the embedded PGlite and a real PostgreSQL server.
// On CI (CI=true) the server at 127.0.0.1:5432 is required; elsewhere its tests are skipped when it is down.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/sql';

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; `drop` removes it. `url` is the server database's address. */
  open(): Promise<{ store: Store; drop(): Promise<void>; url?: string }>;
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const pglite: TestDatabase = {
  name: 'pglite',
  async open() {
    const store = await openStore('memory:');
    return { store, drop: () => store.close() };
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async open() {
    const name = `yigai_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const store = await openStore(url.toString());
    return {
      store,
      url: url.toString(),
      async drop() {
        await store.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name}`);
        await cleanup.end();
      },
    };
  },
};

/** The databases to run on. Throws on CI when the PostgreSQL server cannot be reached. */
export async function testDatabases(): Promise<TestDatabase[]> {
  if (await postgresReachable()) return [pglite, postgres];
  if (process.env.CI === 'true') {
    throw new Error(`CI requires the PostgreSQL server at ${adminUrl}, but it cannot be reached.`);
  }
  console.warn(`PostgreSQL at ${adminUrl} unreachable: running integration tests on PGlite only.`);
  return [pglite];
}
