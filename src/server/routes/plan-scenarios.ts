// 根据方案创建测算方案: the money mechanisms a stored plan states, as a draft scenario with the line of every
// value, and a scenario created from it that keeps that provenance.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { draftScenario, issuerLevel } from '../../core/plan/mechanisms';
import { parsePlan } from '../../core/plan/parse';
import { badInput } from '../../core/shared/errors';
import { can, type Actor } from '../../core/shared/roles';
import { getPlanText } from '../../store/plan-lines';
import { getPlanDetail } from '../../store/plans';
import { createScenario } from '../../store/scenarios';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import { access } from './access';
import { scenarioDetail } from './scenarios';

const tags = ['改革测算'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

/** The plan's mechanisms and its draft scenario, read from the stored document as the plan now reads. */
async function planDraft(store: Store, actor: Actor, planId: number) {
  // Drafts and revisions in work only for those who may read drafts (getPlanDetail refuses the others).
  const visibility = { includeDrafts: can(actor, 'plan.read-draft') };
  const plan = await getPlanDetail(store, planId, visibility);
  const title = plan.plan.title ?? plan.fileName;
  // The document as stored, read again by the current parser exactly as `yigai plan parse --json` reads it
  // (site furniture blanked), with the paying level taken from the issuer as corrected by people.
  const parsed = parsePlan(await getPlanText(store, planId, visibility)).mechanisms;
  if (!parsed) {
    throw badInput(
      `方案 #${planId} 的资金机制未能读出（解析出错，见方案的“提示”页），请核对原文后重新解析，或手工新建测算方案。`,
    );
  }
  const mechanisms = { ...parsed, issuerLevel: issuerLevel(plan.plan.issuer) };
  const draft = draftScenario(mechanisms, {
    id: `plan-${planId}`,
    name: `${title}（测算）`,
    document: plan.fileName,
    policyPrefix: `plan-${planId}`,
    issuedOn: plan.plan.issuedOn,
  });
  return { planId, title, fileName: plan.fileName, mechanisms, draft };
}

export const planScenarioRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/api/plans/:id/mechanisms',
    {
      config: access('plan', 'read', 'plan'),
      schema: {
        tags,
        summary: '方案写明的资金机制（取消加成、补偿、定额报销……）及据此生成的测算方案初稿',
        params: idParams,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return planDraft(store, actor, request.params.id);
    },
  );

  app.post(
    '/api/plans/:id/scenario',
    {
      config: access('scenario', 'write'),
      schema: {
        tags,
        summary: '根据方案创建测算方案：方案写明的取值注明原文行号，未写明的标为待填的假设值',
        params: idParams,
        body: z
          .object({
            name: z
              .string()
              .trim()
              .min(1, '请填写测算方案名称')
              .max(200, '测算方案名称不超过 200 字'),
          })
          .partial()
          .optional(),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { planId, title, draft } = await planDraft(store, actor, request.params.id);
      const name = request.body?.name ?? draft.scenario.name;
      const stored = await createScenario(store, actor, {
        name,
        basedOn: `plan:${planId}`,
        scenario: draft.scenario,
        note: `根据方案“${title}”创建`,
        provenance: draft.provenance,
      });
      return reply.status(201).send(await scenarioDetail(store, stored));
    },
  );
};
