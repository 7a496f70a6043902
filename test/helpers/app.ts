// The API app of an integration test on one database: a fresh store with the demo's unit registry, the first-start
// admin logged in as the 医改办, more accounts on request; `drop` closes the app and removes the database.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { createAccount, ensureAdmin, type AccountInput } from '../../src/server/auth/accounts';
import { configurePasswordHashing, defaultPasswordParams } from '../../src/server/auth/passwords';
import type { AppOptions } from '../../src/server/app';
import { clearMustChangePassword } from '../../src/store/users';
import type { Store } from '../../src/store/sql';
import { ensureUnits } from '../../src/store/units';
import { DEMO_UNITS } from '../../src/demo/units';
import { login } from './api';
import type { TestDatabase } from './databases';

export interface ApiApp {
  app: FastifyInstance;
  store: Store;
  /** The admin's session cookie. */
  office: string;
  drop(): Promise<void>;
}

/** Tests create many accounts: hash their passwords at N = 2^12 instead of the default 2^17. */
export function useCheapPasswordHashing(): void {
  configurePasswordHashing({ ...defaultPasswordParams, N: 2 ** 12 });
}

/**
 * `filesDir`: where uploaded and generated files go, for tests that keep files; `security` and `trustProxy` as
 * buildApp takes them. The first-start admin's must-change-password step is skipped (test/integration/auth tests it).
 */
export async function startApiApp(
  database: TestDatabase,
  options: { filesDir?: string } & Pick<AppOptions, 'security' | 'trustProxy'> = {},
): Promise<ApiApp> {
  useCheapPasswordHashing();
  const { store, drop } = await database.open();
  await ensureUnits(store, DEMO_UNITS);
  const admin = await ensureAdmin(store);
  if (!admin) throw new Error('expected a first-start admin');
  await clearMustChangePassword(store, admin.username);
  const app = await buildApp({
    store,
    webRoot: '/nonexistent',
    ...(options.filesDir !== undefined ? { filesDir: options.filesDir } : {}),
    ...(options.security !== undefined ? { security: options.security } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });
  const office = await login(app, admin.username, admin.password);
  return {
    app,
    store,
    office,
    async drop() {
      await app.close();
      await drop();
    },
  };
}

/** Creates an account (display name = user name unless given) and answers its session cookie. */
export async function loginNewAccount(
  { app, store }: ApiApp,
  account: Omit<AccountInput, 'displayName'> & { displayName?: string },
): Promise<string> {
  await createAccount(store, null, { displayName: account.username, ...account });
  return login(app, account.username, account.password);
}

/** A hospital account of 巴南区人民医院 (BN02), one of the demo bills' hospitals. */
export const BANAN_HOSPITAL_ACCOUNT = {
  username: 'hospital1',
  displayName: '医院一',
  password: 'hospital-pass',
  role: 'hospital',
  unitCode: 'BN02',
} as const;
