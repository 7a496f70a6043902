// The 监测 area's routes for the app's router: 病例组合指数 is its first page.
import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Navigate, Route } from 'react-router-dom';

// The page carries the charts; it loads on first visit.
const CasemixPage = lazy(() =>
  import('./CasemixPage').then((module) => ({ default: module.CasemixPage })),
);

/** Route elements to place inside the logged-in layout route. */
export const monitorRoutes = (
  <>
    <Route path="/monitor" element={<Navigate to="/monitor/casemix" replace />} />
    <Route
      path="/monitor/casemix"
      element={
        <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
          <CasemixPage />
        </Suspense>
      }
    />
  </>
);
