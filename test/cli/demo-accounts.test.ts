// Demo accounts (published password yigai-demo) only for demos: on a PostgreSQL server `yigai start` and
// `yigai demo` create none unless --demo is given; on the embedded database the demo step creates them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/demo/accounts';
import { loadDemo } from '../../src/demo/load-demo';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/sql';
import { findUserByName } from '../../src/store/users';
import { testDatabases } from '../helpers/databases';
import { startServer, yigai } from './yigai-process';

const postgres = (await testDatabases()).find((database) => database.name === 'postgres');
const usernames = async (store: Store) =>
  (await store.query<{ username: string }>('select username from users order by username')).map(
    (row) => row.username,
  );

describe.skipIf(!postgres)('demo accounts on a PostgreSQL server', () => {
  let store: Store;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const opened = await (postgres as NonNullable<typeof postgres>).open();
    ({ store, drop } = opened);
    url = opened.url ?? '';
  });
  afterAll(async () => {
    await drop();
  });

  it('the demo loader refuses and creates no account', async () => {
    await expect(loadDemo(store)).rejects.toThrow(/PostgreSQL 服务器.*加 --demo/);
    expect(await usernames(store)).toEqual([]);
  });

  it('`yigai demo` refuses without --demo', async () => {
    const demo = await yigai(['demo', '--database', url]);
    expect(demo.code).toBe(1);
    expect(demo.stderr).toContain('不创建演示账号');
    expect(await usernames(store)).toEqual([]);
  });

  it('`yigai start` serves with the administrator only, and says why there is no demo', async () => {
    const server = await startServer(['start', '--database', url, '--port', '0']);
    try {
      expect(server.output).toContain('提示：数据库是 PostgreSQL 服务器');
      expect(server.output).not.toContain('演示账号（密码均为 yigai-demo）');
      expect((await fetch(`${server.url}api/docs`)).status).toBeLessThan(500);
    } finally {
      await server.stop();
    }
    expect(await usernames(store)).toEqual(['admin']);
    for (const account of demoAccounts)
      expect(await findUserByName(store, account.username)).toBeNull();
    expect(await store.query('select id from plans')).toEqual([]);
  }, 180_000);
});

describe('demo accounts on the embedded database', () => {
  it('are created by the demo step', async () => {
    const store = await openStore('memory:');
    try {
      const report = await loadDemo(store);
      expect(report.accounts.map((account) => account.username)).toEqual(
        demoAccounts.map((account) => account.username),
      );
      expect(await findUserByName(store, 'office')).not.toBeNull();
    } finally {
      await store.close();
    }
  }, 180_000);
});
