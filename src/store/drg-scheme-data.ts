// What the DRG pages read about a shipped scheme — its rules as written, the compiled grouper, the DRG
// names, the MDC → ADRG → DRG tree — and the catalogue search indexes; each built once per process.
import type { CompiledScheme } from '../core/drg/compile';
import { buildCatalogueIndex, type CatalogueIndex } from '../core/drg/catalogue-search';
import { schemeTree, type MdcNode } from '../core/drg/scheme-view';
import type { DrgRules } from '../core/drg/types';
import { validateRules } from '../core/drg/validate-rules';
import {
  loadDrgCatalogues,
  loadDrgRules,
  loadDrgScheme,
  SHIPPED_DRG_SCHEMES,
  type ShippedDrgScheme,
} from './drg-schemes';

export interface DrgSchemeData {
  code: ShippedDrgScheme;
  label: string;
  rules: DrgRules;
  compiled: CompiledScheme;
  drgNames: Record<string, string>;
  tree: MdcNode[];
}

const schemes = new Map<ShippedDrgScheme, DrgSchemeData>();

export function drgSchemeData(code: ShippedDrgScheme): DrgSchemeData {
  let data = schemes.get(code);
  if (data === undefined) {
    const rules = validateRules(loadDrgRules(code));
    const compiled = loadDrgScheme(code);
    const drgNames = Object.fromEntries(compiled.drgNames);
    data = {
      code,
      label: SHIPPED_DRG_SCHEMES[code].label,
      rules,
      compiled,
      drgNames,
      tree: schemeTree(rules, drgNames),
    };
    schemes.set(code, data);
  }
  return data;
}

export interface DrgCatalogueIndexes {
  diagnoses: CatalogueIndex;
  procedures: CatalogueIndex;
}

let indexes: DrgCatalogueIndexes | undefined;

export function drgCatalogueIndexes(): DrgCatalogueIndexes {
  if (indexes === undefined) {
    const catalogues = loadDrgCatalogues();
    indexes = {
      diagnoses: buildCatalogueIndex(catalogues.diagnoses),
      procedures: buildCatalogueIndex(catalogues.procedures),
    };
  }
  return indexes;
}
