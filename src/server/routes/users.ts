// 账号管理 for the reform office: list, create, change role / unit / name, disable or enable, reset a password.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roles } from '../../core/shared/roles';
import type { Store } from '../../store/sql';
import { findAccount, listAccounts } from '../../store/users';
import { changeAccount, createAccount, resetPasswordOf } from '../auth/accounts';
import { generatePassword } from '../auth/passwords';
import { requireActor } from '../auth/session-plugin';
import { access } from './access';

const tags = ['账号管理'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const role = z.enum(roles, { message: `角色只能是 ${roles.join('、')} 之一` });
/** The account's unit: a code of the unit registry (单位管理), or null for none. */
const unitCode = z
  .string()
  .trim()
  .max(40, '单位编码最多 40 位')
  .nullable()
  .transform((value) => (value === '' ? null : value));

export const userRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/api/users',
    { config: access('account', 'read'), schema: { tags, summary: '账号列表' } },
    async () => ({
      users: await listAccounts(store),
    }),
  );

  app.post(
    '/api/users',
    {
      config: access('account', 'write'),
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
          unitCode: unitCode.optional(),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const password = generatePassword();
      const created = await createAccount(store, actor, {
        username: request.body.username,
        displayName: request.body.displayName,
        role: request.body.role,
        unitCode: request.body.unitCode ?? null,
        password,
        mustChangePassword: true,
      });
      return reply.status(201).send({ user: await findAccount(store, created.id), password });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: access('account', 'write'),
      schema: {
        tags,
        summary: '修改账号（角色、单位、姓名、停用或启用）',
        description: '改变角色、单位或停用账号时，该账号的登录会话全部失效。',
        params: idParams,
        body: z
          .object({
            displayName: z.string().trim().min(1, '姓名或称呼不能为空').max(60).optional(),
            role: role.optional(),
            unitCode: unitCode.optional(),
            disabled: z.boolean().optional(),
          })
          .refine((body) => Object.keys(body).length > 0, '请至少修改一项'),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { displayName, role: newRole, unitCode: newUnit, disabled } = request.body;
      return {
        user: await changeAccount(store, actor, request.params.id, {
          ...(displayName !== undefined ? { displayName } : {}),
          ...(newRole !== undefined ? { role: newRole } : {}),
          ...(newUnit !== undefined ? { unitCode: newUnit } : {}),
          ...(disabled !== undefined ? { disabled } : {}),
        }),
      };
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: access('account', 'write'),
      schema: {
        tags,
        summary: '重置密码',
        description:
          '生成新密码（只在本次回答中出现一次），该账号的登录会话全部失效，下次登录须修改密码。',
        params: idParams,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const password = await resetPasswordOf(store, actor, request.params.id);
      return { user: await findAccount(store, request.params.id), password };
    },
  );
};
