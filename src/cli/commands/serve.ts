// `yigai serve`, `yigai start` (demo data, then serve) and `yigai demo` (with its `demo bills` sub-command).
// The server, store and demo modules load only when one of these runs, so other commands start fast.
import type { Command } from 'commander';
import { badInput, conflict } from '../../core/shared/errors';
import type { DemoReport } from '../../demo/load-demo';
import type { Store } from '../../store/sql';
import { addDatabaseOption, stopServerFirst, withStore } from '../store-option';
import { registerDemoBills } from './demo-bills';

interface ServeOptions {
  files?: string;
  port: string;
  host: string;
  database?: string;
  trustProxy?: boolean;
  demo?: boolean;
}

function printDemo(report: DemoReport): void {
  const created = report.plans.filter((plan) => plan.created).length;
  console.log(`演示方案：${report.plans.length} 份（本次新导入 ${created} 份）`);
  for (const plan of report.plans) console.log(`  #${plan.id} ${plan.title ?? plan.fileName}`);
  console.log('演示账号（密码均为 yigai-demo）：');
  for (const account of report.accounts)
    console.log(`  ${account.username.padEnd(11)} ${account.role}`);
  if (report.scenario) {
    const state = report.scenario.created ? '本次新建' : '已有';
    console.log(
      `演示测算方案：#${report.scenario.id} ${report.scenario.name}（${state}；测算 → 测算方案）`,
    );
  }
}

async function printNewAdmin(store: Store): Promise<void> {
  const { ensureAdmin } = await import('../../server/auth/accounts');
  const admin = await ensureAdmin(store);
  if (!admin) return;
  console.log('首次启动：已创建医改办管理员账号。');
  console.log(`  用户名 ${admin.username}  初始密码 ${admin.password}`);
  console.log('  （请妥善保存；忘记时运行 npx yigai user reset-password admin）');
}

async function serve(options: ServeOptions, withDemo: boolean): Promise<void> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65535)
    throw badInput(`端口「${options.port}」无效，请写 0–65535 之间的整数。`, {
      where: '--port 或环境变量 PORT',
    });
  const [{ buildApp, defaultFilesDir }, { defaultWebRoot }, { databaseUrlFromEnv, openStore }] =
    await Promise.all([
      import('../../server/app'),
      import('../../server/web'),
      import('../../store/open-store'),
    ]);
  const { existsSync } = await import('node:fs');
  const store = await openStore(databaseUrlFromEnv(options.database));
  await printNewAdmin(store);
  if (withDemo) {
    const { demoAllowed, demoRefusedOnServer, loadDemo } = await import('../../demo/load-demo');
    if (demoAllowed(store, options.demo ?? false)) {
      printDemo(await loadDemo(store, { onServer: true }));
      const { loadDemoBills } = await import('../../demo/load-demo-bills');
      const bills = await loadDemoBills(store, options.files ?? defaultFilesDir);
      if (bills) console.log(`演示账单：${bills.name}（测算 → 账单数据）`);
    } else {
      console.log(`提示：${demoRefusedOnServer}`);
    }
  }
  if (!existsSync(`${defaultWebRoot}/index.html`)) {
    console.log('提示：网页尚未构建，只提供 API。运行 npm run build 后重启即可使用网页。');
  }
  const app = await buildApp({
    store,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    filesDir: options.files,
    trustProxy: options.trustProxy ?? false,
  });
  const close = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port, host: options.host });
  const address = app.server.address();
  const listening = typeof address === 'object' && address !== null ? address.port : port;
  const shown = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${listening}/`;
  const { heldLock } = await import('../../store/folder-lock');
  heldLock(store.location)?.noteUrl(url);
  console.log(`yigai 已启动：${url}  （数据库：${store.location}；API 文档：/api/docs）`);
}

export function registerServe(program: Command): void {
  for (const [name, description, withDemo] of [
    ['serve', '启动网页与 API 服务', false],
    ['start', '导入演示数据（可重复执行；PostgreSQL 服务器上须加 --demo）并启动服务', true],
  ] as const) {
    const command = addDatabaseOption(
      program
        .command(name)
        .description(description)
        .option('--port <port>', '端口（也可用环境变量 PORT）', process.env.PORT ?? '3000')
        .option('--host <host>', '监听地址（也可用环境变量 HOST）', process.env.HOST ?? '127.0.0.1')
        .option(
          '--files <dir>',
          '上传与生成的账单文件存放的文件夹（默认 ./yigai-files，或环境变量 YIGAI_FILES）',
        )
        .option(
          '--trust-proxy',
          '在反向代理之后运行：采用代理传来的客户端地址与协议（X-Forwarded-For/-Proto/-Host），HTTPS 时 Cookie 带 Secure',
        ),
    );
    if (withDemo)
      command.option('--demo', '数据库是 PostgreSQL 服务器时也导入演示数据、创建演示账号');
    command.action((options: ServeOptions) => serve(options, withDemo));
  }

  const demo = addDatabaseOption(
    program
      .command('demo')
      .description(
        '导入五份演示方案、创建各角色演示账号和演示测算方案（可重复执行）；demo bills 生成演示账单',
      )
      .option('--demo', '数据库是 PostgreSQL 服务器时也导入（演示账号的密码是公开的）'),
  );
  registerDemoBills(demo);
  demo.action((options: { database?: string; demo?: boolean }) =>
    withStore(
      options.database,
      async (store) => {
        const { demoAllowed, demoRefusedOnServer, loadDemo } = await import('../../demo/load-demo');
        if (!demoAllowed(store, options.demo ?? false)) throw conflict(demoRefusedOnServer);
        const { ensureAdmin } = await import('../../server/auth/accounts');
        const admin = await ensureAdmin(store);
        if (admin) console.log(`已创建管理员 ${admin.username}，初始密码 ${admin.password}`);
        printDemo(await loadDemo(store, { onServer: true }));
      },
      stopServerFirst('yigai demo'),
    ),
  );
}
