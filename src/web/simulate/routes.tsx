// The routes of 测算 for the app's router: the area frame around 改革测算, 测算方案, 账单数据 and the DRG pages.
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { Route } from 'react-router-dom';
import { drgRoutes } from './drg/routes';
import { SimulateArea } from './SimulateArea';

// Each page loads on first visit; the charts stay out of the first download.
const RunsPage = lazy(() => import('./runs/RunsPage').then((m) => ({ default: m.RunsPage })));
const RunResultPage = lazy(() =>
  import('./runs/RunResultPage').then((m) => ({ default: m.RunResultPage })),
);
const ScenariosPage = lazy(() =>
  import('./scenarios/ScenariosPage').then((m) => ({ default: m.ScenariosPage })),
);
const ScenarioEditPage = lazy(() =>
  import('./scenarios/ScenarioEditPage').then((m) => ({ default: m.ScenarioEditPage })),
);
const DatasetsPage = lazy(() =>
  import('./datasets/DatasetsPage').then((m) => ({ default: m.DatasetsPage })),
);

const loading = (page: ReactNode) => (
  <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
    {page}
  </Suspense>
);

/** Route elements to place inside the logged-in layout route; /simulate opens the first page the account may use. */
export const simulateRoutes = (
  <Route element={<SimulateArea />}>
    <Route path="/simulate" element={null} />
    <Route path="/simulate/runs" element={loading(<RunsPage />)} />
    <Route path="/simulate/runs/:id" element={loading(<RunResultPage />)} />
    <Route path="/simulate/scenarios" element={loading(<ScenariosPage />)} />
    <Route path="/simulate/scenarios/:id" element={loading(<ScenarioEditPage />)} />
    <Route path="/simulate/datasets" element={loading(<DatasetsPage />)} />
    {drgRoutes}
  </Route>
);
