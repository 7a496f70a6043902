// Chinese names of the DRG grouping schemes the product ships, by code: the server's scheme list, the grouping
// and payment pages and their exports all name a scheme from here. A scheme read from another file keeps its code.
import { nameIn } from '../shared/code-names';

export const DRG_SCHEME_NAMES = {
  'chs-drg-1.1': 'CHS-DRG 1.1（国家版）',
  'chongqing-2022': '重庆 2022',
  'harbin-2022': '哈尔滨 2022',
} as const satisfies Record<string, string>;

export type DrgSchemeCode = keyof typeof DRG_SCHEME_NAMES;

/** The scheme's Chinese name, or its code for a scheme that is not shipped. */
export const drgSchemeName = (code: string): string => nameIn(DRG_SCHEME_NAMES, code);
