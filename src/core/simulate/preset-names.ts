// Chinese names of the scenario presets, by code, and how to name what a scenario was based on (a preset or
// an imported plan), for lists, notes and messages. presets.ts builds the presets under these names.
import { nameIn } from '../shared/code-names';

export const PRESET_NAMES = {
  'banan-2017': '巴南区全面推开公立医院综合改革（2017）',
  'harbin-2017': '哈尔滨市城市公立医院综合改革（2017）',
  'ziyang-2017': '资阳市医药卫生体制综合改革试点（2017）',
} as const satisfies Record<string, string>;

export type PresetCode = keyof typeof PRESET_NAMES;

/** The preset's name, or the code for one this table does not know. */
export const presetName = (code: string): string => nameIn(PRESET_NAMES, code);

/** What a scenario started from, in words: "巴南区…（2017）" for a preset, "方案 #12" for an imported plan. */
export function basedOnName(basedOn: string): string {
  const plan = /^plan:(\d+)$/.exec(basedOn);
  return plan ? `方案 #${plan[1]}` : presetName(basedOn);
}
