// The DRG pages' routes and menu entries, for the app's router: 单例分组, 批量分组, 分组方案, 权重表 and
// DRG 付费测算 under 测算.
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Navigate, Route } from 'react-router-dom';
import { DRG_PAGES } from './pages';

// Each page loads on first visit; the charts stay out of the first download.
const DrgArea = lazy(() => import('./DrgArea').then((module) => ({ default: module.DrgArea })));
const GroupCasePage = lazy(() =>
  import('./GroupCasePage').then((module) => ({ default: module.GroupCasePage })),
);
const BatchGroupPage = lazy(() =>
  import('./BatchGroupPage').then((module) => ({ default: module.BatchGroupPage })),
);
const SchemeBrowserPage = lazy(() =>
  import('./SchemeBrowserPage').then((module) => ({ default: module.SchemeBrowserPage })),
);
const WeightTablesPage = lazy(() =>
  import('./WeightTablesPage').then((module) => ({ default: module.WeightTablesPage })),
);
const PaymentRunPage = lazy(() =>
  import('./PaymentRunPage').then((module) => ({ default: module.PaymentRunPage })),
);

const loading = (page: ReactNode) => (
  <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
    {page}
  </Suspense>
);

/** Route elements to place inside the logged-in layout route. */
export const drgRoutes = (
  <Route path="/simulate/drg" element={loading(<DrgArea />)}>
    <Route index element={<Navigate to="/simulate/drg/group" replace />} />
    <Route path="group" element={loading(<GroupCasePage />)} />
    <Route path="batch" element={loading(<BatchGroupPage />)} />
    <Route path="scheme" element={loading(<SchemeBrowserPage />)} />
    <Route path="weights" element={loading(<WeightTablesPage />)} />
    <Route path="payment" element={loading(<PaymentRunPage />)} />
  </Route>
);

/** Menu entries for a 测算 submenu, keyed by path. */
export const drgMenuItems = DRG_PAGES.map((page) => ({ key: page.key, label: page.label }));
