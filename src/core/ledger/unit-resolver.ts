// Which registry unit a name in a plan is: exactly one registered unit with that name, alias or canonical body;
// the plan's 医改办 is the registry's one office unit. Otherwise none, and the office maps it by hand.
import { nameMatches, type Unit } from '../shared/unit-registry';
import type { UnitResolver } from './items-from-plan';

/** How plans name the reform office itself: 区医改办, 市深化医药卫生体制改革领导小组办公室 … */
const REFORM_OFFICE = /(医改办|医改领导小组办公室|医药卫生体制改革领导小组办公室)$/;

export function unitResolver(units: readonly Unit[]): UnitResolver {
  const cache = new Map<string, string | null>();
  const offices = units.filter((unit) => unit.kind === 'office');
  return (written) => {
    const cached = cache.get(written);
    if (cached !== undefined) return cached;
    let matches = units.filter((unit) => nameMatches(unit, written));
    if (matches.length === 0 && REFORM_OFFICE.test(written.trim())) matches = offices;
    const code = matches.length === 1 ? (matches[0]?.code ?? null) : null;
    cache.set(written, code);
    return code;
  };
}
