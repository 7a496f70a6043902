// The 台账 area's routes for the app's router: the ledgers, one ledger, one item.
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Route } from 'react-router-dom';
import { LedgerListPage } from './LedgerListPage';
import { PlanLedgerRedirect } from './PlanLedgerRedirect';

// The ledger page carries a chart; it loads on first visit.
const LedgerPage = lazy(() => import('./LedgerPage').then((m) => ({ default: m.LedgerPage })));
const LedgerItemPage = lazy(() =>
  import('./LedgerItemPage').then((m) => ({ default: m.LedgerItemPage })),
);

const loading = (page: ReactNode) => (
  <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
    {page}
  </Suspense>
);

/** Route elements to place inside the logged-in layout route. */
export const ledgerRoutes = (
  <>
    <Route path="/ledger" element={<LedgerListPage />} />
    <Route path="/ledger/:id" element={loading(<LedgerPage />)} />
    <Route path="/ledger/items/:id" element={loading(<LedgerItemPage />)} />
    <Route path="/ledger/plan/:planId" element={<PlanLedgerRedirect />} />
  </>
);
