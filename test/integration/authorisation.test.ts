// Every route × every role × own / other object through the API, on both databases: where the policy says no,
// 401 (not logged in) or 403 and nothing changed in the database; where it says yes, neither. The cases come
// from the app's own route list, so a route without an access entry fails here.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/core/shared/policy';
import type { Actor, Role } from '../../src/core/shared/roles';
import { preset } from '../../src/core/simulate/presets';
import { DEMO_UNITS, HEALTH_COMMISSION_UNIT } from '../../src/demo/units';
import { buildApp } from '../../src/server/app';
import { createAccount, ensureAdmin } from '../../src/server/auth/accounts';
import type { RouteAccess } from '../../src/server/auth/session-plugin';
import type { ObjectKind } from '../../src/server/routes/access';
import { paymentRunBody } from '../../src/server/routes/drg-weight-schemas';
import { insertBillDataset } from '../../src/store/bill-datasets';
import { insertCasemixRun } from '../../src/store/casemix-runs';
import { insertDrgPaymentRun } from '../../src/store/drg-payment-runs';
import { loadBuiltinWeightTable } from '../../src/store/drg-weight-builtin';
import { insertWeightTable } from '../../src/store/drg-weight-tables';
import { publishPlan } from '../../src/store/plan-revisions';
import { importPlan } from '../../src/store/plans';
import { createScenario } from '../../src/store/scenarios';
import { insertSimulationRun } from '../../src/store/simulation-runs';
import type { Store } from '../../src/store/sql';
import { ensureUnits, OFFICE_UNIT } from '../../src/store/units';
import { clearMustChangePassword, findUserByName } from '../../src/store/users';
import { login } from '../helpers/api';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

/** The tables a refused request must leave as they were. */
const TABLES = [
  'units',
  'users',
  'sessions',
  'documents',
  'plans',
  'plan_corrections',
  'bill_datasets',
  'scenarios',
  'scenario_versions',
  'simulation_runs',
  'casemix_runs',
  'drg_payment_runs',
  'drg_weight_tables',
  'ledgers',
  'ledger_items',
  'ledger_reports',
  'ledger_files',
  'ledger_events',
  'ledger_notices',
  'notifications',
  'audit_log',
];

/** Values for route parameters that name no object of the fixtures. */
const PARAMS: Record<string, string> = {
  correctionId: '1',
  version: '1',
  catalogue: 'diagnosis',
  scheme: 'chs-drg-1.1',
  code: 'BN02',
  name: 'x',
  id: '1',
};

/** The units whose objects the fixtures hold, and the account of each role. */
const ACCOUNTS: Array<{ role: Role; unitCode: string | null }> = [
  { role: 'monitor', unitCode: HEALTH_COMMISSION_UNIT },
  { role: 'department', unitCode: HEALTH_COMMISSION_UNIT },
  { role: 'hospital', unitCode: 'BN02' },
  { role: 'public', unitCode: null },
];
const FIXTURE_UNITS = [OFFICE_UNIT, HEALTH_COMMISSION_UNIT, 'BN02'];

/** A fixture of each object kind (plans as a draft and as published) per unit: kind → unit → id. */
type Fixtures = Record<ObjectKind | 'plan-draft', Record<string, number>>;

async function makeFixtures(store: Store, actors: Record<string, Actor>): Promise<Fixtures> {
  const fixtures: Fixtures = {
    plan: {},
    'plan-draft': {},
    dataset: {},
    scenario: {},
    'simulation-run': {},
    'casemix-run': {},
    'payment-run': {},
    'weight-table': {},
    'ledger-item': {},
    'ledger-notice': {},
  };
  for (const unit of FIXTURE_UNITS) {
    const actor = actors[unit] as Actor;
    const dataset = await insertBillDataset(store, actor, {
      name: `账单-${unit}`,
      fileName: `bills-${unit}.csv`,
      path: `/nonexistent/bills-${unit}.csv`,
      format: 'csv',
      source: 'upload',
      sizeBytes: 1,
      status: 'ready',
    });
    fixtures.dataset[unit] = dataset.id;
    const scenario = await createScenario(store, actor, {
      name: `情景-${unit}`,
      basedOn: 'banan-2017',
      scenario: preset('banan-2017').scenario,
    });
    fixtures.scenario[unit] = scenario.id;
    const run = await insertSimulationRun(store, actor, {
      scenarioId: scenario.id,
      scenario: scenario.scenario,
      datasetId: dataset.id,
      datasetName: dataset.name,
      hospitalNames: {},
    });
    fixtures['simulation-run'][unit] = run.id;
    const casemix = await insertCasemixRun(store, actor, {
      datasetId: dataset.id,
      datasetName: dataset.name,
      scheme: 'chs-drg-1.1',
      weights: { kind: 'yancheng-2023' },
      weightLabel: '盐城',
    });
    fixtures['casemix-run'][unit] = casemix.id;
    const table = await insertWeightTable(
      store,
      actor,
      loadBuiltinWeightTable('yancheng-2023', { levelCoefficients: {} }),
      { kind: 'builtin', label: '盐城' },
    );
    fixtures['weight-table'][unit] = table.id;
    const payment = await insertDrgPaymentRun(store, actor, {
      datasetId: dataset.id,
      datasetName: dataset.name,
      scheme: 'chs-drg-1.1',
      weightTableId: table.id,
      weightTableTitle: '盐城',
      params: paymentRunBody.parse({ datasetId: 1, weightTableId: 1 }).params,
    });
    fixtures['payment-run'][unit] = payment.id;
    for (const status of ['draft', 'published'] as const) {
      const text = `关于${unit}${status}的实施方案\n一、工作任务\n（一）推进改革。（牵头单位：区卫健委）\n`;
      const plan = await importPlan(store, actor, {
        fileName: `${unit}-${status}.txt`,
        format: 'txt',
        encoding: 'utf-8',
        content: new TextEncoder().encode(text),
        text,
      });
      if (status === 'published') {
        await publishPlan(store, actor, plan.id, { baseVersion: plan.version });
        // the published plan's ledger item, led by this unit
        const [item] = await store.query<{ id: number }>(
          `select i.id from ledger_items i join ledgers l on l.id = i.ledger_id where l.plan_id = $1`,
          [plan.id],
        );
        await store.query('update ledger_items set lead = $2::jsonb where id = $1', [
          item?.id,
          JSON.stringify([{ written: unit, code: unit }]),
        ]);
        fixtures['ledger-item'][unit] = Number(item?.id);
        const [notice] = await store.query<{ id: number }>(
          `insert into ledger_notices (item_id, kind, demand, reply_by) values ($1, 'supervision', '请报进展', '2099-01-01')
           returning id`,
          [item?.id],
        );
        fixtures['ledger-notice'][unit] = Number(notice?.id);
      }
      fixtures[status === 'draft' ? 'plan-draft' : 'plan'][unit] = plan.id;
    }
  }
  return fixtures;
}

async function snapshot(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await store.query<{ n: number; h: string }>(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
       from ${table} t`,
    );
    out[table] = `${row?.n}:${row?.h}`;
  }
  return out;
}

interface Caller {
  label: string;
  actor: Pick<Actor, 'role' | 'unitCode'> | null;
  cookie: string | null;
}

interface Case {
  route: RouteAccess;
  caller: Caller;
  /** own / other, with the fixture's id and owner; none for routes about no object. */
  object: { scope: 'own' | 'other'; variant: string; id: number; owner: string } | null;
  allowed: boolean;
}

function expectedFor(
  route: RouteAccess,
  caller: Caller,
  owner: string | undefined,
  draft: boolean,
) {
  const rule = route.access;
  if (rule === undefined) return false;
  if (rule === 'open') return true;
  if (caller.actor === null && (rule === 'login' || !rule.anonymous)) return false;
  if (rule === 'login') return true;
  const kind = rule.resource === 'plan' && draft ? 'plan-draft' : rule.resource;
  return decide(caller.actor, rule.action, owner === undefined ? { kind } : { kind, owner });
}

function casesOf(route: RouteAccess, callers: Caller[], fixtures: Fixtures): Case[] {
  const rule = route.access;
  const object = typeof rule === 'object' ? rule.object : undefined;
  return callers.flatMap((caller): Case[] => {
    if (object === undefined) {
      return [
        { route, caller, object: null, allowed: expectedFor(route, caller, undefined, false) },
      ];
    }
    const variants = object === 'plan' ? (['plan', 'plan-draft'] as const) : [object];
    const own = caller.actor?.unitCode ?? null;
    const other = own === OFFICE_UNIT ? 'BN02' : OFFICE_UNIT;
    return variants.flatMap((variant) =>
      (own === null
        ? [['other', other] as const]
        : ([
            ['own', own],
            ['other', other],
          ] as const)
      ).map(([scope, owner]): Case => ({
        route,
        caller,
        object: { scope, variant, id: fixtures[variant][owner] as number, owner },
        allowed: expectedFor(route, caller, owner, variant === 'plan-draft'),
      })),
    );
  });
}

async function send(app: FastifyInstance, item: Case) {
  const url = item.route.url.replace(/:(\w+)/g, (_, name: string) =>
    name === 'id' && item.object ? String(item.object.id) : (PARAMS[name] ?? 'x'),
  );
  const method = item.route.method as 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  return app.inject({
    method,
    url,
    headers: item.caller.cookie ? { cookie: item.caller.cookie } : {},
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });
}

const describeCase = (item: Case, status: number) =>
  `${item.route.method} ${item.route.url} as ${item.caller.label}` +
  (item.object ? ` on ${item.object.scope} ${item.object.variant} #${item.object.id}` : '') +
  ` → ${status}`;

describe.each(databases)('authorisation table on $name', (database) => {
  let app: FastifyInstance;
  let store: Store;
  let drop: () => Promise<void>;
  let callers: Caller[];
  let fixtures: Fixtures;
  let routes: RouteAccess[];

  beforeAll(async () => {
    const opened = await database.open();
    store = opened.store;
    await ensureUnits(store, DEMO_UNITS);
    const admin = await ensureAdmin(store);
    if (!admin) throw new Error('expected a first-start admin');
    await clearMustChangePassword(store, admin.username);
    app = await buildApp({ store, webRoot: '/nonexistent' });
    drop = async () => {
      await app.close();
      await opened.drop();
    };
    callers = [
      {
        label: 'office',
        actor: { role: 'office', unitCode: OFFICE_UNIT },
        cookie: await login(app, admin.username, admin.password),
      },
      { label: 'anonymous', actor: null, cookie: null },
    ];
    const actors: Record<string, Actor> = {};
    actors[OFFICE_UNIT] = (await findUserByName(store, admin.username))?.actor as Actor;
    for (const account of ACCOUNTS) {
      const username = `${account.role}-account`;
      const actor = await createAccount(store, null, {
        username,
        displayName: username,
        password: 'password-1',
        ...account,
      });
      if (account.unitCode !== null) actors[account.unitCode] ??= actor;
      callers.push({
        label: account.role,
        actor: account,
        cookie: await login(app, username, 'password-1'),
      });
    }
    actors.BN02 = (await findUserByName(store, 'hospital-account'))?.actor as Actor;
    // Account routes act on a spare account, so that a reset or a change never ends a caller's session.
    const spare = await createAccount(store, null, {
      username: 'spare-account',
      displayName: 'spare-account',
      password: 'password-1',
      role: 'department',
      unitCode: null,
    });
    PARAMS.id = String(spare.id);
    fixtures = await makeFixtures(store, actors);
    routes = app.routeAccess.filter(
      (route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'),
    );
  });
  afterAll(async () => {
    await drop?.();
  });

  it('finds an access entry on every API route', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((route) => route.access === undefined).map((r) => r.url)).toEqual([]);
  });

  it('refuses what the policy refuses — 401 or 403, before validation — and changes nothing', async () => {
    const refused = routes
      .flatMap((route) => casesOf(route, callers, fixtures))
      .filter((c) => !c.allowed);
    expect(refused.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const item of refused) {
      const before = item.route.method === 'GET' ? null : await snapshot(store);
      const response = await send(app, item);
      const expected = item.caller.actor === null ? 401 : 403;
      if (response.statusCode !== expected) wrong.push(describeCase(item, response.statusCode));
      if (before !== null) {
        const after = await snapshot(store);
        const changed = TABLES.filter((table) => before[table] !== after[table]);
        if (changed.length > 0)
          wrong.push(`${describeCase(item, response.statusCode)} changed ${changed.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets through what the policy allows (the route itself may still refuse the empty request)', async () => {
    const order = (item: Case) =>
      item.route.url === '/api/auth/logout' ? 2 : item.route.method === 'DELETE' ? 1 : 0;
    const allowed = routes
      .flatMap((route) => casesOf(route, callers, fixtures))
      .filter((c) => c.allowed)
      .sort((a, b) => order(a) - order(b));
    expect(allowed.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const item of allowed) {
      const response = await send(app, item);
      if (response.statusCode === 401 || response.statusCode === 403) {
        wrong.push(`${describeCase(item, response.statusCode)}: ${response.body}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
