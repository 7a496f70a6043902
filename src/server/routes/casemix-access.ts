// Which hospitals' case-mix results an account sees (policy: hospital-results): the reform office and the
// monitoring group every hospital; a hospital account its own only — the bills' hospital code equal to the
// account's unit code, never a name read from a file.
import type { FastifyRequest } from 'fastify';
import type { CasemixSummary } from '../../analytics/casemix-summary';
import { forbidden } from '../../core/shared/errors';
import { allows } from '../../core/shared/policy';
import type { Actor } from '../../core/shared/roles';
import { requireActor } from '../auth/session-plugin';

export interface CasemixViewer {
  actor: Actor;
  /** True for office and monitor: every hospital. */
  all: boolean;
}

export function casemixViewer(request: FastifyRequest): CasemixViewer {
  const actor = requireActor(request);
  if (allows(actor.role, 'hospital-results', 'read', 'other')) return { actor, all: true };
  if (allows(actor.role, 'hospital-results', 'read', 'own') && actor.unitCode !== null) {
    return { actor, all: false };
  }
  throw forbidden('您的账号没有查看病例组合监测的权限。如需办理，请联系医改办。');
}

/** The hospital codes a viewer may see in a run; null: all of them. */
export function visibleHospitals(
  viewer: CasemixViewer,
  summary: CasemixSummary,
): Set<string> | null {
  if (viewer.all) return null;
  return new Set(
    summary.hospitals.filter((row) => row.code === viewer.actor.unitCode).map((row) => row.code),
  );
}

/** Throws unless the viewer may see this hospital. */
export function checkHospital(visible: Set<string> | null, hospital: string): void {
  if (visible !== null && !visible.has(hospital)) {
    throw forbidden('医院账号只能查看本院的病例组合指标。');
  }
}

/** The summary with only what the viewer may see (the region's totals stay: they are the benchmark). */
export function summaryFor(summary: CasemixSummary, visible: Set<string> | null): CasemixSummary {
  if (visible === null) return summary;
  return {
    ...summary,
    hospitals: summary.hospitals.filter((row) => visible.has(row.code)),
    hospitalMonths: summary.hospitalMonths.filter((row) => visible.has(row.hospital)),
    departments: summary.departments.filter((row) => visible.has(row.hospital)),
    drgs: summary.drgs.filter((row) => visible.has(row.hospital)),
  };
}
