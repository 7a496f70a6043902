// /ledger/plan/:planId: opens the ledger of a plan (from the plan's page), or says why there is none.
import { Navigate, useParams } from 'react-router-dom';
import { Card } from 'antd';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { ledgerApi } from './api';

export function PlanLedgerRedirect() {
  const planId = Number(useParams().planId);
  const { data, error, reload } = useLoad(`plan-ledger:${planId}`, () => ledgerApi.ofPlan(planId));
  if (data) return <Navigate to={`/ledger/${data.ledgerId}`} replace />;
  if (error !== null) return <ErrorAlert error={error} onRetry={reload} />;
  return <Card loading />;
}
