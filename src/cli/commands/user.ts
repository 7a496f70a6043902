// `yigai user add|reset-password`: account administration from the command line.
import type { Command } from 'commander';
import { badInput } from '../../core/shared/errors';
import { roles, type Role } from '../../core/shared/roles';
import { addDatabaseOption, stopServerFirst, withStore } from '../store-option';

export function registerUser(program: Command): void {
  const user = program.command('user').description('账号管理');
  addDatabaseOption(
    user
      .command('add <username>')
      .description('新建账号，打印初始密码')
      .requiredOption('--role <role>', `角色：${roles.join(' / ')}`)
      .option('--name <displayName>', '显示名称')
      .option('--unit <unit>', '所属单位：单位编码，或只对应一个单位的名称（见单位名录）'),
  ).action(
    async (
      username: string,
      options: { role: string; name?: string; unit?: string; database?: string },
    ) => {
      if (!roles.includes(options.role as Role)) {
        throw badInput(`角色「${options.role}」不存在，可选：${roles.join('、')}`, {
          where: '--role',
        });
      }
      const { createAccount } = await import('../../server/auth/accounts');
      const { resolveUnitCode } = await import('../../store/units');
      const { generatePassword } = await import('../../server/auth/passwords');
      const password = generatePassword();
      await withStore(
        options.database,
        async (store) =>
          createAccount(store, null, {
            username,
            displayName: options.name ?? username,
            password,
            role: options.role as Role,
            unitCode:
              options.unit === undefined ? null : await resolveUnitCode(store, options.unit),
          }),
        stopServerFirst('yigai user add'),
      );
      console.log(`已创建账号 ${username}，初始密码 ${password}`);
    },
  );
  addDatabaseOption(
    user.command('reset-password <username>').description('重置密码，打印新密码'),
  ).action(async (username: string, options: { database?: string }) => {
    const { resetPassword } = await import('../../server/auth/accounts');
    const password = await withStore(
      options.database,
      (store) => resetPassword(store, username),
      stopServerFirst('yigai user reset-password'),
    );
    console.log(`账号 ${username} 的新密码：${password}`);
  });
}
