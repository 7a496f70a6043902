// One writer per embedded database: while a server holds the data folder, a second process (a real one) is
// refused with the holder and what to do instead, and writes nothing; a stale lock is taken over.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderBusyError, lockFileName } from '../../src/store/folder-lock';
import { openStore } from '../../src/store/open-store';
import { findUserByName } from '../../src/store/users';
import { startServer, yigai } from './yigai-process';

const kaizhou = 'src/demo/documents/kaizhou-2020-h2-reform-task-division.txt';
const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'yigai-lock-'));
  folders.push(folder);
  return path.join(folder, 'data');
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The pid of a process that has exited, so no live process has it (until the system reuses it). */
const deadPid = () =>
  Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']));

describe('data folder lock', () => {
  it('refuses writing commands while a server holds the folder, naming it, and loses nothing', async () => {
    const data = freshFolder();
    expect(
      (await yigai(['user', 'add', 'bob', '--role', 'department', '--database', data])).code,
    ).toBe(0);

    const server = await startServer(['serve', '--database', data, '--port', '0']);
    try {
      const lock = JSON.parse(readFileSync(path.join(data, lockFileName), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(lock).toMatchObject({
        pid: server.child.pid,
        host: hostname(),
        command: 'yigai serve',
        url: server.url,
      });

      const add = await yigai(['user', 'add', 'alice', '--role', 'office', '--database', data]);
      expect(add.code).toBe(1);
      expect(add.stderr).toContain(
        `数据文件夹 ${data} 正被另一个进程使用（yigai serve，进程号 ${server.child.pid}`,
      );
      expect(add.stderr).toContain(`网址 ${server.url}`);
      expect(add.stderr).toContain(`要运行 yigai user add，请先停止该服务`);
      expect(add.stdout).toBe('');

      const reset = await yigai(['user', 'reset-password', 'bob', '--database', data]);
      expect(reset.code).toBe(1);
      expect(reset.stderr).toContain('要运行 yigai user reset-password，请先停止该服务');

      const imported = await yigai(['plan', 'import', kaizhou, '--database', data]);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain(`请在网页上导入：以医改办账号登录 ${server.url}plans`);

      const demo = await yigai(['demo', '--database', data]);
      expect(demo.code).toBe(1);
      expect(demo.stderr).toContain('要运行 yigai demo，请先停止该服务');

      const second = await yigai(['serve', '--database', data, '--port', '0']);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`进程号 ${server.child.pid}`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(path.join(data, lockFileName))).toBe(false);

    const store = await openStore(data);
    try {
      expect(await findUserByName(store, 'bob')).not.toBeNull();
      expect(await findUserByName(store, 'alice')).toBeNull();
      expect(await store.query('select id from plans')).toEqual([]);
    } finally {
      await store.close();
    }
  }, 300_000);

  it('takes over a stale lock left by a process that is gone', async () => {
    const data = freshFolder();
    expect(
      (await yigai(['user', 'add', 'bob', '--role', 'department', '--database', data])).code,
    ).toBe(0);
    const pid = deadPid();
    const stale = {
      pid,
      host: hostname(),
      since: '2026-01-01T00:00:00.000Z',
      command: 'yigai serve',
    };
    writeFileSync(path.join(data, lockFileName), JSON.stringify(stale));

    const add = await yigai(['user', 'add', 'carol', '--role', 'office', '--database', data]);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(existsSync(path.join(data, lockFileName))).toBe(false);
  }, 120_000);

  it('refuses while the lock names a live process, and in the same process while it holds the folder', async () => {
    const data = freshFolder();
    const store = await openStore(data);
    try {
      await expect(openStore(data)).rejects.toBeInstanceOf(FolderBusyError);
      const add = await yigai(['user', 'add', 'dora', '--role', 'office', '--database', data]);
      expect(add.code).toBe(1);
      expect(add.stderr).toContain(`进程号 ${process.pid}`);
    } finally {
      await store.close();
    }
    const reopened = await openStore(data);
    await reopened.close();
  });

  it('takes over an empty lock file (a holder that died while writing it)', async () => {
    const data = freshFolder();
    await (await openStore(data)).close();
    writeFileSync(path.join(data, lockFileName), '');
    const store = await openStore(data);
    await store.close();
    expect(existsSync(path.join(data, lockFileName))).toBe(false);
  });
});
