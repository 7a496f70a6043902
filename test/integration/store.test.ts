// The store on both databases: migrations apply once, transactions are all-or-nothing, the audit trail records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrate';
import type { Store } from '../../src/store/sql';
import { audit, listAudit } from '../../src/store/audit';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

describe.each(databases)('store on $name', (database) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await database.open());
  });
  afterAll(() => drop());

  it('applies every migration once; running them again changes nothing', async () => {
    const names = await store.query<{ name: string }>(
      'select name from schema_migrations order by name',
    );
    expect(names.map((row) => row.name)).toContain('001_foundation.sql');
    expect(await migrate(store)).toEqual([]);
  });

  it('rolls back the whole transaction when one statement fails', async () => {
    await expect(
      store.transaction(async (tx) => {
        await audit(tx, null, { action: 'test.write', entity: 'test', entityId: 'rollback' });
        await tx.query('select * from no_such_table');
      }),
    ).rejects.toThrow();
    expect(await listAudit(store, 'test', 'rollback')).toEqual([]);
  });

  it('keeps old and new values in the audit trail', async () => {
    await audit(store, null, {
      action: 'test.change',
      entity: 'test',
      entityId: 7,
      before: { lead: ['区卫健委'] },
      after: { lead: ['区卫生健康委'] },
    });
    const [entry] = await listAudit(store, 'test', '7');
    expect(entry).toMatchObject({
      action: 'test.change',
      before: { lead: ['区卫健委'] },
      after: { lead: ['区卫生健康委'] },
    });
  });
});
