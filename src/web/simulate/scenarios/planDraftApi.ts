// Calls for 根据方案创建测算方案: the mechanisms a stored plan states, and a scenario created from them.
import { apiJson } from '../../shared/api';
import type { PlanMechanisms } from '../../../core/plan/mechanisms/types';
import type { ScenarioDetail } from './api';

export type { PlanMechanisms };

export interface PlanDraftInfo {
  planId: number;
  title: string;
  fileName: string;
  mechanisms: PlanMechanisms;
}

const base = (planId: number) => `/api/plans/${encodeURIComponent(String(planId))}`;

export const planDraftApi = {
  mechanisms: (planId: number) => apiJson<PlanDraftInfo>('GET', `${base(planId)}/mechanisms`),
  create: (planId: number, name?: string) =>
    apiJson<ScenarioDetail>('POST', `${base(planId)}/scenario`, name ? { name } : {}),
};
