// Opening the review page of a 20 MB plan: time to first response and bytes sent for the plan, and for the first
// page of its lines, through the HTTP API on an embedded database.
import { buildApp } from '../src/server/app';
import { ensureAdmin } from '../src/server/auth/accounts';
import { clearMustChangePassword } from '../src/store/users';
import { openStore } from '../src/store/open-store';
import { importPlan } from '../src/store/plans';
import { ensureUnits } from '../src/store/units';
import { DEMO_UNITS } from '../src/demo/units';
import { login } from '../test/helpers/api';
import { useCheapPasswordHashing } from '../test/helpers/app';
import { largePlanText } from '../test/helpers/large-plan';
import type { BenchTable } from './table';

const MiB = 1024 * 1024;
const runs = 3;

const megabytes = (bytes: number) => `${(bytes / MiB).toFixed(2)} MB`;

export async function run(): Promise<BenchTable[]> {
  useCheapPasswordHashing();
  const store = await openStore('memory:');
  await ensureUnits(store, DEMO_UNITS);
  const admin = await ensureAdmin(store);
  if (!admin) throw new Error('expected a first-start admin');
  await clearMustChangePassword(store, admin.username);
  const app = await buildApp({ store, webRoot: '/nonexistent' });
  const cookie = await login(app, admin.username, admin.password);
  const text = largePlanText(20 * MiB);
  const started = performance.now();
  const stored = await importPlan(store, null, {
    fileName: 'large-plan.txt',
    format: 'text',
    encoding: 'utf-8',
    content: new TextEncoder().encode(text),
    text,
  });
  const importMs = performance.now() - started;

  const measure = async (url: string) => {
    const times: number[] = [];
    let bytes = 0;
    let status = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { cookie } });
      times.push(performance.now() - start);
      bytes = response.rawPayload.length;
      status = response.statusCode;
    }
    return { first: times[0] ?? NaN, ms: Math.min(...times), bytes, status };
  };
  const plan = await measure(`/api/plans/${stored.id}`);
  const lines = await measure(`/api/plans/${stored.id}/lines?from=1&count=500`);
  const far = await measure(`/api/plans/${stored.id}/lines?from=60000&count=500`);
  await app.close();
  await store.close();

  const row = (what: string, m: { first: number; ms: number; bytes: number; status: number }) =>
    m.status === 200
      ? [what, m.first.toFixed(0), m.ms.toFixed(0), megabytes(m.bytes)]
      : [what, '—', '—', `（${m.status}）`];
  const firstScreen = plan.first + (lines.status === 200 ? lines.first : 0);
  return [
    {
      title: `打开 ${megabytes(Buffer.byteLength(text))} 方案的审核页（${text.split('\n').length} 行，导入 ${(importMs / 1000).toFixed(1)} 秒）`,
      columns: ['请求', '第一次（毫秒）', `${runs} 次中最快（毫秒）`, '响应大小'],
      rows: [
        row('GET /api/plans/:id', plan),
        row('GET /api/plans/:id/lines 第 1–500 行', lines),
        row('GET /api/plans/:id/lines 第 60000–60499 行', far),
        ['打开页面（方案 + 第一页原文，第一次）', firstScreen.toFixed(0), '', ''],
      ],
      note: '在进程内经 HTTP 接口（app.inject）读取，嵌入式数据库；响应大小为 JSON 的字节数。原文的第一页要从数据库读出全文并分行，之后各页取自内存。',
    },
  ];
}
