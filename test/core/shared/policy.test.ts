// The policy table read back cell by cell against what "Users and rights" promises each role.
import { describe, expect, it } from 'vitest';
import {
  actions,
  allows,
  columns,
  decide,
  resourceKinds,
  rightsOf,
  scopeOf,
  scopes,
  type Action,
  type Column,
  type ResourceKind,
  type Scope,
} from '../../../src/core/shared/policy';

/** Every cell of the table, for the statements below. */
const cells = columns.flatMap((column) =>
  resourceKinds.flatMap((kind) =>
    actions.flatMap((action) => scopes.map((scope) => ({ column, kind, action, scope }))),
  ),
);
const allowed = (column: Column) =>
  cells
    .filter((cell) => cell.column === column && allows(column, cell.kind, cell.action, cell.scope))
    .map((cell) => `${cell.kind}.${cell.action}@${cell.scope}`);

const billData: ResourceKind[] = ['dataset', 'scenario', 'run', 'casemix-run', 'weight-table'];

describe('the policy table', () => {
  // Expected rows, written out: role × (resource, action) → scopes allowed.
  const expected: Record<Column, Array<[ResourceKind, Action, Scope[]]>> = {
    office: [],
    monitor: [
      ['plan', 'read', ['none', 'own', 'other']],
      ['unit', 'read', ['none', 'own', 'other']],
      ['drg-tool', 'read', ['none', 'own', 'other']],
      ['drg-tool', 'run', ['none', 'own', 'other']],
      ['hospital-results', 'read', ['none', 'own', 'other']],
      ['ledger', 'read', ['none', 'own', 'other']],
      ...billData.flatMap((kind): Array<[ResourceKind, Action, Scope[]]> => [
        [kind, 'read', ['none', 'own', 'other']],
        [kind, 'write', ['none', 'own']],
        [kind, 'delete', ['none', 'own']],
      ]),
    ],
    hospital: [
      ['plan', 'read', ['none', 'own', 'other']],
      ['unit', 'read', ['none', 'own', 'other']],
      ['drg-tool', 'read', ['none', 'own', 'other']],
      ['drg-tool', 'run', ['none', 'own', 'other']],
      ['weight-table', 'read', ['none', 'own', 'other']],
      ['casemix-run', 'read', ['none', 'own', 'other']],
      ['hospital-results', 'read', ['none', 'own']],
      ['ledger', 'read', ['none', 'own', 'other']],
      ['ledger-item', 'write', ['none', 'own']],
    ],
    department: [
      ['plan', 'read', ['none', 'own', 'other']],
      ['unit', 'read', ['none', 'own', 'other']],
      ['drg-tool', 'read', ['none', 'own', 'other']],
      ['drg-tool', 'run', ['none', 'own', 'other']],
      ['weight-table', 'read', ['none', 'own', 'other']],
      ['ledger', 'read', ['none', 'own', 'other']],
      ['ledger-item', 'write', ['none', 'own']],
    ],
    public: [
      ['plan', 'read', ['none', 'own', 'other']],
      ['unit', 'read', ['none', 'own', 'other']],
    ],
    anyone: [['plan', 'read', ['none', 'own', 'other']]],
  };

  it.each(columns.filter((column) => column !== 'office'))(
    '%s may do exactly what its row says',
    (column) => {
      const rows = expected[column].flatMap(([kind, action, allowedScopes]) =>
        allowedScopes.map((scope) => `${kind}.${action}@${scope}`),
      );
      expect(allowed(column).sort()).toEqual(rows.sort());
    },
  );

  it('lets the office do everything the table names, at every scope', () => {
    const named = new Set(Object.keys(rightsOf('office')));
    expect(named.size).toBeGreaterThan(20);
    for (const name of named) {
      const [kind, action] = name.split('.') as [ResourceKind, Action];
      for (const scope of scopes) expect(allows('office', kind, action, scope)).toBe(true);
    }
  });

  it('never lets anyone but the office read drafts, the audit trail or accounts, or write units', () => {
    for (const column of columns.filter((c) => c !== 'office')) {
      for (const scope of scopes) {
        expect(allows(column, 'plan-draft', 'read', scope)).toBe(false);
        expect(allows(column, 'plan-draft', 'publish', scope)).toBe(false);
        expect(allows(column, 'audit', 'read', scope)).toBe(false);
        expect(allows(column, 'account', 'write', scope)).toBe(false);
        expect(allows(column, 'unit', 'write', scope)).toBe(false);
      }
    }
  });
});

describe('decide', () => {
  const monitor = { role: 'monitor' as const, unitCode: 'BN-WJW' };

  it('tells own from other by the owner unit, and none for lists and creates', () => {
    expect(scopeOf(monitor, { kind: 'dataset' })).toBe('none');
    expect(scopeOf(monitor, { kind: 'dataset', owner: 'BN-WJW' })).toBe('own');
    expect(scopeOf(monitor, { kind: 'dataset', owner: 'OFFICE' })).toBe('other');
    expect(scopeOf(monitor, { kind: 'dataset', owner: null })).toBe('other');
    // an account without a unit owns nothing, not even objects without an owner
    expect(scopeOf({ unitCode: null }, { kind: 'dataset', owner: null })).toBe('other');
  });

  it('lets the monitoring group delete its own unit’s dataset but not the office’s', () => {
    expect(decide(monitor, 'delete', { kind: 'dataset', owner: 'BN-WJW' })).toBe(true);
    expect(decide(monitor, 'delete', { kind: 'dataset', owner: 'OFFICE' })).toBe(false);
    expect(decide(monitor, 'read', { kind: 'dataset', owner: 'OFFICE' })).toBe(true);
    expect(decide(monitor, 'write', { kind: 'scenario' })).toBe(true);
  });

  it('scopes a hospital to its own hospital’s results', () => {
    const hospital = { role: 'hospital' as const, unitCode: 'BN02' };
    expect(decide(hospital, 'read', { kind: 'hospital-results', owner: 'BN02' })).toBe(true);
    expect(decide(hospital, 'read', { kind: 'hospital-results', owner: 'BN01' })).toBe(false);
  });

  it('lets each unit a ledger item names report on it, and no other unit', () => {
    const department = { role: 'department' as const, unitCode: 'BN-WJW' };
    const item = { kind: 'ledger-item' as const, owner: ['BN-FGW', 'BN-WJW'] };
    expect(scopeOf(department, item)).toBe('own');
    expect(decide(department, 'write', item)).toBe(true);
    expect(decide(department, 'write', { ...item, owner: ['BN-FGW'] })).toBe(false);
    expect(decide(department, 'write', { ...item, owner: [] })).toBe(false);
    // only the office decides on closures and supervises
    expect(decide(department, 'write', { kind: 'ledger' })).toBe(false);
    expect(decide({ role: 'public', unitCode: null }, 'read', { kind: 'ledger' })).toBe(false);
  });

  it('lets a caller who is not logged in read published plans only', () => {
    expect(decide(null, 'read', { kind: 'plan', owner: 'OFFICE' })).toBe(true);
    expect(decide(null, 'read', { kind: 'plan-draft', owner: 'OFFICE' })).toBe(false);
    expect(decide(null, 'read', { kind: 'unit' })).toBe(false);
  });

  it('answers the rights a role has for the web: any or own', () => {
    expect(rightsOf('monitor')['dataset.delete']).toBe('own');
    expect(rightsOf('monitor')['dataset.read']).toBe('any');
    expect(rightsOf('department')['dataset.read']).toBeUndefined();
    expect(Object.keys(rightsOf('public'))).toEqual(['plan.read', 'unit.read']);
  });
});
