// Loads the DRG grouping schemes shipped in data/drg/ (or a rules file given by path) with the code
// catalogues and DRG names, compiles each once and caches it for the life of the process.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileScheme, type CompiledScheme } from '../core/drg/compile';
import { DRG_SCHEME_NAMES } from '../core/drg/scheme-names';
import type { DrgCatalogues } from '../core/drg/types';
import { badInput, UserError } from '../core/shared/errors';
import { packagePath } from '../package-root';

/** data/drg/ of this package, found from the package root so it works from any working directory and from dist/. */
export const DRG_DATA_DIR = packagePath('data/drg/');

export const SHIPPED_DRG_SCHEMES = {
  'chs-drg-1.1': {
    rules: 'chs-drg-1.1.rules.json',
    names: 'drg-names-chs-1.1.json',
    label: DRG_SCHEME_NAMES['chs-drg-1.1'],
  },
  'chongqing-2022': {
    rules: 'chongqing-2022.rules.json',
    names: 'drg-names-chongqing-2022.json',
    label: DRG_SCHEME_NAMES['chongqing-2022'],
  },
  'harbin-2022': {
    rules: 'harbin-2022.rules.json',
    names: 'drg-names-harbin-2022.json',
    label: DRG_SCHEME_NAMES['harbin-2022'],
  },
} as const satisfies Record<keyof typeof DRG_SCHEME_NAMES, unknown>;

export type ShippedDrgScheme = keyof typeof SHIPPED_DRG_SCHEMES;

export const isShippedDrgScheme = (ref: string): ref is ShippedDrgScheme =>
  Object.hasOwn(SHIPPED_DRG_SCHEMES, ref);

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw badInput('文件不存在或无法读取', { where: file });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badInput(`不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`, {
      where: file,
    });
  }
}

function readStringMap(file: string): Record<string, string> {
  const value = readJson(file);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badInput('应为“编码 → 名称”的对象', { where: file });
  }
  return value as Record<string, string>;
}

let catalogues: Pick<DrgCatalogues, 'diagnoses' | 'procedures'> | undefined;

/** The diagnosis (ICD-10) and procedure (ICD-9-CM-3) catalogues, insurance edition 2.0. */
export function loadDrgCatalogues(): Pick<DrgCatalogues, 'diagnoses' | 'procedures'> {
  catalogues ??= {
    diagnoses: readStringMap(path.join(DRG_DATA_DIR, 'diagnoses-icd10-nhsa2.json')),
    procedures: readStringMap(path.join(DRG_DATA_DIR, 'procedures-icd9cm3-nhsa2.json')),
  };
  return catalogues;
}

/**
 * A shipped scheme's name stays as it is; anything else is a path to a rules file, made absolute so a
 * worker thread resolves it the same way.
 */
export function resolveDrgSchemeRef(ref: string): string {
  if (isShippedDrgScheme(ref)) return ref;
  const absolute = path.resolve(ref);
  if (!existsSync(absolute)) {
    const names = Object.keys(SHIPPED_DRG_SCHEMES).join('、');
    throw badInput(`未知的分组方案“${ref}”：可用 ${names}，或给出规则文件（*.rules.json）的路径`);
  }
  return absolute;
}

/** DRG names for a rules file given by path: `<name>.names.json` beside it, when there is one. */
function namesBeside(rulesFile: string): Record<string, string> {
  const base = rulesFile.replace(/(\.rules)?\.json$/, '');
  const candidate = `${base}.names.json`;
  return existsSync(candidate) ? readStringMap(candidate) : {};
}

/** The rules file's content, as written (for tools that read the lists themselves, e.g. case generators). */
export function loadDrgRules(ref: string): unknown {
  const key = resolveDrgSchemeRef(ref);
  return readJson(
    isShippedDrgScheme(key) ? path.join(DRG_DATA_DIR, SHIPPED_DRG_SCHEMES[key].rules) : key,
  );
}

const compiled = new Map<string, CompiledScheme>();

/** The compiled scheme for a shipped name (chs-drg-1.1, chongqing-2022, harbin-2022) or a rules file path. */
export function loadDrgScheme(ref: string): CompiledScheme {
  const key = resolveDrgSchemeRef(ref);
  let scheme = compiled.get(key);
  if (scheme === undefined) {
    const shipped = isShippedDrgScheme(key) ? SHIPPED_DRG_SCHEMES[key] : undefined;
    const rulesFile = shipped ? path.join(DRG_DATA_DIR, shipped.rules) : key;
    const drgNames = shipped
      ? readStringMap(path.join(DRG_DATA_DIR, shipped.names))
      : namesBeside(rulesFile);
    try {
      scheme = compileScheme(readJson(rulesFile), { ...loadDrgCatalogues(), drgNames });
    } catch (error) {
      if (error instanceof UserError && error.details.where === undefined) {
        throw badInput(error.message, { where: rulesFile });
      }
      throw error;
    }
    compiled.set(key, scheme);
  }
  return scheme;
}
