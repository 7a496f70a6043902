// Starts the whole server on a free port with a fresh embedded database and an admin account, for browser tests.
import { buildApp } from '../../src/server/app';
import { ensureAdmin } from '../../src/server/auth/accounts';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/sql';

export interface TestServer {
  url: string;
  admin: { username: string; password: string };
  /** The server's database, for tests that set up accounts and data directly. */
  store: Store;
  close(): Promise<void>;
}

export async function startTestServer(options: { filesDir?: string } = {}): Promise<TestServer> {
  const store = await openStore('memory:');
  const admin = await ensureAdmin(store);
  if (!admin) throw new Error('a fresh database must get an admin account');
  const app = await buildApp({
    store,
    ...(options.filesDir !== undefined ? { filesDir: options.filesDir } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    admin,
    store,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
