// The package as a user installs it: `npm pack`, installed with --omit=dev into an empty folder (so no tsx and no
// source tree), runs the compiled `yigai` and finds everything it reads at run time — the demo documents,
// migrations, DRG data, the compiled worker threads and the web build.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './yigai-process';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'yigai-package-'));
const app = path.join(folder, 'app');
const installed = path.join(app, 'node_modules', 'yigai');
const yigai = (...args: string[]) =>
  run(path.join(app, 'node_modules', '.bin', 'yigai'), args, {
    cwd: app,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', YIGAI_DATA: '' },
  });

beforeAll(async () => {
  const packed = await run('npm', ['pack', '--silent', '--pack-destination', folder], {
    cwd: root,
    encoding: 'utf8',
  });
  const tarball = path.join(folder, packed.stdout.trim().split('\n').pop() ?? '');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "try-yigai", "private": true }\n');
  await run(
    'npm',
    [
      'install',
      '--omit=dev',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarball,
    ],
    { cwd: app, encoding: 'utf8' },
  );
}, 600_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the installed package', () => {
  it('has no tsx and no TypeScript sources to run', () => {
    expect(existsSync(path.join(app, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(path.join(installed, 'src', 'cli'))).toBe(false);
    expect(existsSync(path.join(installed, 'dist', 'cli.mjs'))).toBe(true);
  });

  it('prints its help and parses a shipped plan document', async () => {
    const help = await yigai('--help');
    expect(help.stdout).toContain('医改：公立医院综合改革实施平台');
    for (const command of ['serve', 'start', 'demo', 'plan', 'drg', 'simulate', 'user'])
      expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));

    const document = path.join(
      installed,
      'src/demo/documents/kaizhou-2020-h2-reform-task-division.txt',
    );
    const parsed = await yigai('plan', 'parse', document, '--json');
    expect(parsed.stderr).toBe('');
    const plan = JSON.parse(parsed.stdout) as {
      title: string;
      docNumber: string;
      tasks: unknown[];
    };
    expect(plan.title).toContain('深化医药卫生体制改革2020年下半年重点工作任务分工');
    expect(plan.docNumber).toBe('开州府办发〔2020〕109号');
    expect(plan.tasks.length).toBeGreaterThan(10);
  });

  it('groups cases on compiled worker threads with the shipped DRG data', async () => {
    const sample = path.join(installed, 'data/drg/samples/input_DRG_Python.txt');
    const serial = await yigai('drg', 'group', sample, '--csv');
    const parallel = await yigai('drg', 'group', sample, '--csv', '--parallel');
    expect(serial.stdout.split('\n')[0]).toBe('Index,status,mdc,adrg,drg,messages');
    expect(serial.stdout.split('\n').length).toBeGreaterThan(10);
    expect(parallel.stdout).toBe(serial.stdout);
  }, 120_000);

  it('loads the demo into a new database and serves the web build', async () => {
    const data = path.join(folder, 'data');
    const demo = await yigai('demo', '--database', data);
    expect(demo.stdout).toContain('演示方案：5 份（本次新导入 5 份）');

    const server = execFile(
      path.join(app, 'node_modules', '.bin', 'yigai'),
      ['serve', '--database', data, '--port', '0'],
      { cwd: app, env: { ...process.env, LOG_LEVEL: 'warn' } },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        server.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /yigai 已启动：(http:\/\/\S+)/.exec(output);
          if (ready?.[1]) resolve(ready[1]);
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
    }
  }, 240_000);
});
