// Rewrites the "Every route" table of docs/access.md from the routes the app registers and the policy table, so
// the document says what the server checks. Development only: `npx tsx scripts/access-doc.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { allows, columns, scopes, type Column } from '../src/core/shared/policy';
import { roleNames } from '../src/core/shared/roles';
import { buildApp } from '../src/server/app';
import type { RouteAccess } from '../src/server/auth/session-plugin';
import { openStore } from '../src/store/open-store';

const columnNames: Record<Column, string> = { ...roleNames, anyone: '未登录' };

function allowed(route: RouteAccess): string {
  const rule = route.access;
  if (rule === undefined) return '（未登记：一律拒绝）';
  if (rule === 'open') return '任何人';
  if (rule === 'login') return '已登录的账号';
  const names = columns
    .filter((column) => column !== 'anyone' || rule.anonymous)
    .flatMap((column) => {
      if (allows(column, rule.resource, rule.action, 'other')) return [columnNames[column]];
      if (scopes.some((scope) => allows(column, rule.resource, rule.action, scope))) {
        return [`${columnNames[column]}（本单位的）`];
      }
      return [];
    });
  return names.length > 0 ? names.join('、') : '无';
}

function ruleText(route: RouteAccess): string {
  const rule = route.access;
  if (rule === undefined || typeof rule === 'string') return String(rule ?? '—');
  return `${rule.resource}.${rule.action}${rule.object ? ` · 对象 ${rule.object}` : ''}`;
}

const store = await openStore('memory:');
const app = await buildApp({ store, webRoot: '/nonexistent', filesDir: '.tmp/access-doc-files' });
await app.ready();
const rows = app.routeAccess
  .filter((route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
  .map(
    (route) => `| ${route.method} | \`${route.url}\` | ${ruleText(route)} | ${allowed(route)} |`,
  );
await app.close();
await store.close();

const file = 'docs/access.md';
const text = readFileSync(file, 'utf8');
const start = text.indexOf('## Every route');
if (start < 0) throw new Error(`${file} has no "## Every route" section`);
const table = ['| method | route | rule | allowed |', '|---|---|---|---|', ...rows].join('\n');
writeFileSync(file, `${text.slice(0, start)}## Every route\n\n${table}\n`);
console.log(`${file}: ${rows.length} routes`);
