// The public API of published plans, readable without logging in.
import { apiJson } from '../shared/api';

export interface PublicPlanSummary {
  id: number;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  publishedAt: string | null;
  taskCount: number;
  targetCount: number;
}

export interface PublicTask {
  key: string;
  ref: string;
  title: string;
  text: string;
  lead: string[];
  co: string[];
  dueText: string | null;
  due: string | null;
}

export interface PublicTarget {
  key: string;
  text: string;
  subject: string;
  op: string;
  value: number;
  unit: string;
  due: string | null;
  scope: string | null;
}

export interface PublicPlan extends Omit<PublicPlanSummary, 'taskCount' | 'targetCount'> {
  tasks: PublicTask[];
  targets: PublicTarget[];
}

export const publicApi = {
  plans: async () =>
    (await apiJson<{ plans: PublicPlanSummary[] }>('GET', '/api/public/plans')).plans,
  plan: (id: number) => apiJson<PublicPlan>('GET', `/api/public/plans/${id}`),
};
