// Starts the whole server on a free port with a fresh embedded database and an admin account, for browser tests.
import { buildApp } from '../../src/server/app';
import { ensureAdmin } from '../../src/server/auth/accounts';
import { openStore } from '../../src/store/open-store';
import { ensureUnits } from '../../src/store/units';
import { DEMO_UNITS } from '../../src/demo/units';
import { clearMustChangePassword } from '../../src/store/users';
import type { Store } from '../../src/store/sql';

export interface TestServer {
  url: string;
  admin: { username: string; password: string };
  /** The server's database, for a test that sets up a state no click can (e.g. work cut off by a restart). */
  store: Store;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { filesDir?: string; keepFirstLogin?: boolean } = {},
): Promise<TestServer> {
  const store = await openStore('memory:');
  // The demo's units (district, health commission, the ten hospitals), as a started office would have them.
  await ensureUnits(store, DEMO_UNITS);
  const admin = await ensureAdmin(store);
  if (!admin) throw new Error('a fresh database must get an admin account');
  // Browser tests of the areas log in as the admin and go straight to work; the first-login step is tested apart.
  if (!options.keepFirstLogin) await clearMustChangePassword(store, admin.username);
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
