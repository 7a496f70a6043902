// Checks the outline of a rules JSON object before compiling it, so a malformed scheme file fails with
// a message that names the part that is wrong. Conditions are checked as they are compiled.
import { badInput } from '../shared/errors';
import type { DrgRules } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function need(ok: boolean, message: string): void {
  if (!ok) throw badInput(`规则文件格式不正确：${message}`);
}

function checkStep(mdc: string, step: unknown): void {
  need(isRecord(step), `${mdc} 的 steps 中有一项不是对象`);
  const record = step as Record<string, unknown>;
  if ('qy' in record) {
    need(
      typeof record.qy === 'string' && typeof record.enabled === 'boolean',
      `${mdc} 的歧义步骤应为 {qy, enabled}`,
    );
  } else {
    need(typeof record.adrg === 'string', `${mdc} 的步骤应为 {adrg} 或 {qy, enabled}`);
  }
}

export function validateRules(input: unknown): DrgRules {
  need(isRecord(input), '顶层应为对象');
  const rules = input as Record<string, unknown>;
  for (const key of ['adrg', 'drgSplit', 'lists', 'CC', 'MCC', 'CCE']) {
    need(isRecord(rules[key]), `缺少对象 ${key}`);
  }
  need(Array.isArray(rules.mdcs), '缺少数组 mdcs');
  need(Array.isArray(rules.SS_VALID), '缺少数组 SS_VALID');
  for (const mdc of rules.mdcs as unknown[]) {
    need(isRecord(mdc) && typeof mdc.mdc === 'string', 'mdcs 的每一项应有 mdc 编码');
    const record = mdc as Record<string, unknown>;
    need(isRecord(record.cond), `${String(record.mdc)} 缺少入组条件 cond`);
    need(Array.isArray(record.steps), `${String(record.mdc)} 缺少 steps`);
    for (const step of record.steps as unknown[]) checkStep(String(record.mdc), step);
    if (record.multiTrauma !== undefined) {
      const trauma = record.multiTrauma;
      need(
        isRecord(trauma) &&
          typeof trauma.regionOf === 'string' &&
          typeof trauma.minRegions === 'number',
        `${String(record.mdc)} 的 multiTrauma 应为 {regionOf, minRegions}`,
      );
    }
  }
  for (const [code, adrg] of Object.entries(rules.adrg as Record<string, unknown>)) {
    need(
      isRecord(adrg) && isRecord(adrg.cond) && Array.isArray(adrg.drgs),
      `ADRG ${code} 应有 cond 和 drgs`,
    );
    const fallback = (adrg as Record<string, unknown>).fallback;
    need(
      fallback === undefined || fallback === null || typeof fallback === 'string',
      `ADRG ${code} 的 fallback 应为编码或 null`,
    );
  }
  const version = typeof rules.version === 'string' ? rules.version : '';
  return { ...rules, version } as unknown as DrgRules;
}
