// Routes of the web app: 登录 and the public plans (open to anyone), then the areas inside the layout; an
// account that may only read published plans (the public) lands on the public page; unknown paths go to the
// first area the account may use.
import { Button, Result, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { AppLayout, useAreas } from './shared/AppLayout';
import { LoginPage } from './shared/LoginPage';
import { useAuth } from './shared/auth';
import { errorText } from './shared/api';
import { PlanListPage } from './plan/PlanListPage';
import { simulateRoutes } from './simulate/routes';
import { monitorRoutes } from './monitor/casemix/routes';
import { adminRoutes } from './admin/routes';
import { ledgerRoutes } from './ledger/routes';
import { PublicLayout } from './public/PublicLayout';
import { PublicPlanPage, PublicPlansPage } from './public/PublicPlansPage';
import { UnitsPage } from './units/UnitsPage';

// The review page carries the charts; load it only when a plan is opened.
const PlanReviewPage = lazy(() =>
  import('./plan/PlanReviewPage').then((module) => ({ default: module.PlanReviewPage })),
);

function RequireLogin({ children }: { children: ReactNode }) {
  const { user, checkError, signedOut, recheck, mustChangePassword } = useAuth();
  const location = useLocation();
  if (user === undefined) {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" description="正在检查登录状态…" />
      </div>
    );
  }
  if (user === null && checkError !== null) {
    return (
      <Result
        status="warning"
        title="暂时无法连接服务器"
        subTitle={errorText(checkError)}
        extra={<Button onClick={recheck}>重试</Button>}
      />
    );
  }
  if (user === null || mustChangePassword)
    return <Navigate to="/login" replace state={signedOut ? null : { from: location.pathname }} />;
  return <LandWhereAllowed>{children}</LandWhereAllowed>;
}

/** An account with no area beyond the published plans (the public) reads them on the public page. */
function LandWhereAllowed({ children }: { children: ReactNode }) {
  const areas = useAreas();
  if (areas.length <= 1) return <Navigate to="/public" replace />;
  return children;
}

function FirstArea() {
  const first = useAreas()[0];
  return <Navigate to={first?.key ?? '/public'} replace />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<PublicLayout />}>
        <Route path="/public" element={<PublicPlansPage />} />
        <Route path="/public/plans/:id" element={<PublicPlanPage />} />
      </Route>
      <Route
        element={
          <RequireLogin>
            <AppLayout />
          </RequireLogin>
        }
      >
        <Route path="/plans" element={<PlanListPage />} />
        <Route
          path="/plans/:id"
          element={
            <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
              <PlanReviewPage />
            </Suspense>
          }
        />
        {ledgerRoutes}
        {monitorRoutes}
        {simulateRoutes}
        {adminRoutes}
        <Route path="/units" element={<UnitsPage />} />
        <Route path="*" element={<FirstArea />} />
      </Route>
    </Routes>
  );
}
