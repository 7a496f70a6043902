// 账号管理 for the reform office: list, create, change role / unit / name, disable or enable, reset a password.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roles } from '../../core/shared/roles';
import type { Store } from '../../store/sql';
import { findAccount, listAccounts } from '../../store/users';
import { changeAccount, createAccount, resetPasswordOf } from '../auth/accounts';
import { generatePassword } from '../auth/passwords';
import { requirePermission } from '../auth/session-plugin';

const tags = ['账号管理'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const role = z.enum(roles, { message: `角色只能是 ${roles.join('、')} 之一` });
const unitName = z
  .string()
  .trim()
  .max(100, '单位名称最多 100 字')
  .nullable()
  .transform((value) => (value === '' ? null : value));

export const userRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  // The right is checked before the body is read: an anonymous caller gets 401, not a validation message.
  app.addHook('onRequest', async (request) => {
    requirePermission(request, 'users.manage');
  });

  app.get('/api/users', { schema: { tags, summary: '账号列表' } }, async () => ({
    users: await listAccounts(store),
  }));

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: '新建账号',
        description: '系统生成初始密码，只在本次回答中出现一次；首次登录须修改。',
        body: z.object({
          username: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9._-]{2,40}$/, '用户名只能用 2–40 位字母、数字、点、下划线或连字符'),
          displayName: z.string().trim().min(1, '请填写姓名或称呼').max(60),
          role,
          unitName: unitName.optional(),
        }),
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'users.manage');
      const password = generatePassword();
      const created = await createAccount(store, actor, {
        username: request.body.username,
        displayName: request.body.displayName,
        role: request.body.role,
        unitName: request.body.unitName ?? null,
        password,
        mustChangePassword: true,
      });
      return reply.status(201).send({ user: await findAccount(store, created.id), password });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: '修改账号（角色、单位、姓名、停用或启用）',
        description: '改变角色、单位或停用账号时，该账号的登录会话全部失效。',
        params: idParams,
        body: z
          .object({
            displayName: z.string().trim().min(1, '姓名或称呼不能为空').max(60).optional(),
            role: role.optional(),
            unitName: unitName.optional(),
            disabled: z.boolean().optional(),
          })
          .refine((body) => Object.keys(body).length > 0, '请至少修改一项'),
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'users.manage');
      const { displayName, role: newRole, unitName: newUnit, disabled } = request.body;
      return {
        user: await changeAccount(store, actor, request.params.id, {
          ...(displayName !== undefined ? { displayName } : {}),
          ...(newRole !== undefined ? { role: newRole } : {}),
          ...(newUnit !== undefined ? { unitName: newUnit } : {}),
          ...(disabled !== undefined ? { disabled } : {}),
        }),
      };
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码',
        description:
          '生成新密码（只在本次回答中出现一次），该账号的登录会话全部失效，下次登录须修改密码。',
        params: idParams,
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'users.manage');
      const password = await resetPasswordOf(store, actor, request.params.id);
      return { user: await findAccount(store, request.params.id), password };
    },
  );
};
