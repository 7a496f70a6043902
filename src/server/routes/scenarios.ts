// Reform scenarios through the API: the presets with their provenance, and scenarios as versioned data
// (create from a preset, edit as a new version, read any version, delete).
import { access, readableBy } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badInput } from '../../core/shared/errors';
import { presetName } from '../../core/simulate/preset-names';
import { listPresets, preset, PRESET_IDS, type PresetId } from '../../core/simulate/presets';
import { parseScenario } from '../../core/simulate/scenario-schema';
import {
  createScenario,
  deleteScenario,
  getScenario,
  getScenarioVersion,
  listScenarios,
  updateScenario,
  type StoredScenario,
} from '../../store/scenarios';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import { baseVersion, withVersion } from '../if-match';
import type { JobRegistry } from '../jobs';
import { scenarioProvenance } from './scenario-provenance';

const tags = ['改革测算'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

const PRESET_DESCRIPTIONS: Record<PresetId, string> = {
  'banan-2017':
    '巴南府办发〔2017〕152号：2017年9月1日起取消药品加成（中药饮片除外）和药事服务费；诊察费、床位费调价提高部分由医保定额报销；价格调整后补偿率不足90%的，由财政补足到90%（以2016年药品加成收入为基数）。',
  'harbin-2017':
    '哈政办规〔2017〕28号：2017年8月1日起取消药品加成；减少的收入通过调价补偿80%、政府投入15%、医院自身5%（补偿额按2016年药品费的15%测算），调价到位前政府动态兜底。',
  'ziyang-2017':
    '资府发〔2017〕23号：取消药品加成；减少的收入通过调价补偿70%、政府投入20%、医院自身10%。',
};

const presetIdSchema = z.enum(PRESET_IDS, {
  error: `预置测算方案应为以下之一：${PRESET_IDS.map((id) => `${id}（${presetName(id)}）`).join('、')}`,
});

/** A stored scenario with the provenance of each value; a plan draft is compared with its first version. */
export async function scenarioDetail(store: Store, stored: StoredScenario) {
  const draft = stored.draftProvenance
    ? {
        title: '根据方案生成的初稿',
        scenario: (await getScenarioVersion(store, stored.id, 1)).scenario,
        provenance: stored.draftProvenance,
      }
    : null;
  const { draftProvenance: _kept, ...rest } = stored;
  return { ...rest, provenance: scenarioProvenance(stored.basedOn, stored.scenario, draft) };
}

export const scenarioRoutes: FastifyPluginAsyncZod<{ store: Store; jobs: JobRegistry }> = async (
  app,
  { store },
) => {
  const detail = (stored: StoredScenario) => scenarioDetail(store, stored);
  app.get(
    '/api/simulate/presets',
    {
      config: access('scenario', 'read'),
      schema: { tags, summary: '预置测算方案（巴南、哈尔滨、资阳 2017）及每项取值的依据' },
    },
    async () => {
      return {
        presets: listPresets().map((p) => ({
          id: p.id,
          name: p.title,
          description: PRESET_DESCRIPTIONS[p.id],
          scenario: p.scenario,
          provenance: p.provenance,
        })),
      };
    },
  );

  app.get(
    '/api/scenarios',
    { config: access('scenario', 'read'), schema: { tags, summary: '测算方案列表' } },
    async (request) => {
      return {
        scenarios: (await listScenarios(store)).filter(readableBy(request.actor, 'scenario')),
      };
    },
  );

  app.post(
    '/api/scenarios',
    {
      config: access('scenario', 'write'),
      schema: {
        tags,
        summary: '新建测算方案：从预置测算方案开始，或提交完整测算方案',
        body: z.object({
          name: z
            .string()
            .trim()
            .min(1, '请填写测算方案名称')
            .max(200, '测算方案名称不超过 200 字'),
          basedOn: presetIdSchema.nullish(),
          scenario: z.unknown().optional(),
          note: z.string().max(500, '说明不超过 500 字').optional(),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { name, basedOn, note } = request.body;
      let scenario;
      if (request.body.scenario !== undefined) scenario = parseScenario(request.body.scenario);
      else if (basedOn) scenario = preset(basedOn).scenario;
      else
        throw badInput('请选择一个预置测算方案作为起点，或提交完整的测算方案。', {
          where: 'basedOn',
        });
      const stored = await createScenario(store, actor, {
        name,
        basedOn: basedOn ?? null,
        scenario,
        note: note ?? (basedOn ? `由预置测算方案“${presetName(basedOn)}”创建` : '新建'),
      });
      return reply.status(201).send(await detail(stored));
    },
  );

  app.get(
    '/api/scenarios/:id',
    {
      config: access('scenario', 'read', 'scenario'),
      schema: { tags, summary: '测算方案详情：当前版本、取值依据与版本记录', params: idParams },
    },
    async (request, reply) => {
      return withVersion(reply, await detail(await getScenario(store, request.params.id)));
    },
  );

  app.put(
    '/api/scenarios/:id',
    {
      config: access('scenario', 'write', 'scenario'),
      schema: {
        tags,
        summary:
          '保存测算方案的新版本（版本号加一，旧版本保留）；请求头 If-Match 带上打开时的版本号，过期则 409 并说明他人保存的版本',
        params: idParams,
        body: z.object({
          scenario: z.unknown(),
          note: z.string().max(500, '说明不超过 500 字').nullish(),
        }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const version = baseVersion(request);
      if (request.body.scenario === undefined) {
        throw badInput('没有收到测算方案内容。', { where: 'scenario' });
      }
      const scenario = parseScenario(request.body.scenario);
      const stored = await updateScenario(store, actor, request.params.id, {
        scenario,
        note: request.body.note?.trim() || null,
        baseVersion: version,
      });
      return detail(stored);
    },
  );

  app.get(
    '/api/scenarios/:id/versions/:version',
    {
      config: access('scenario', 'read', 'scenario'),
      schema: {
        tags,
        summary: '测算方案的某一版本',
        params: idParams.extend({ version: z.coerce.number().int().positive() }),
      },
    },
    async (request) => {
      const found = await getScenarioVersion(store, request.params.id, request.params.version);
      // The scenario itself, with the version's record beside its fields.
      return {
        ...found.scenario,
        scenario: found.scenario,
        scenarioId: found.scenarioId,
        createdAt: found.createdAt,
        username: found.username,
        note: found.note,
      };
    },
  );

  app.delete(
    '/api/scenarios/:id',
    {
      config: access('scenario', 'delete', 'scenario'),
      schema: { tags, summary: '删除测算方案及其全部版本（已完成的测算保留）', params: idParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await deleteScenario(store, actor, request.params.id);
      return reply.status(204).send();
    },
  );
};
