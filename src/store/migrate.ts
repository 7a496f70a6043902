// Applies the SQL files in store/migrations in name order, each once, each in its own transaction.
import { readdirSync, readFileSync } from 'node:fs';
import type { Sql } from './sql';
import { packagePath } from '../package-root';

const folder = packagePath('src/store/migrations/');

export async function migrate(sql: Sql): Promise<string[]> {
  await sql.exec(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  for (const name of files) {
    await sql.transaction(async (tx) => {
      // Serialise concurrent starts against one server: the second waits, then sees the migration done.
      if (tx.engine === 'postgres') await tx.query('select pg_advisory_xact_lock(7120170818)');
      const done = await tx.query('select 1 from schema_migrations where name = $1', [name]);
      if (done.length > 0) return;
      await tx.exec(readFileSync(folder + name, 'utf8'));
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
      applied.push(name);
    });
  }
  return applied;
}
