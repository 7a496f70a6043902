// Routes of the web app: 登录, then the four areas inside the layout; unknown paths go to 方案.
import { Button, Result, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { AppLayout } from './shared/AppLayout';
import { LoginPage } from './shared/LoginPage';
import { NotOpen } from './shared/NotOpen';
import { useAuth } from './shared/auth';
import { errorText } from './shared/api';
import { PlanListPage } from './plan/PlanListPage';
import { simulateRoutes } from './simulate/routes';
import { monitorRoutes } from './monitor/casemix/routes';
import { adminRoutes } from './admin/routes';

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
  return children;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
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
        <Route path="/ledger" element={<NotOpen area="台账" />} />
        {monitorRoutes}
        {simulateRoutes}
        {adminRoutes}
        <Route path="*" element={<Navigate to="/plans" replace />} />
      </Route>
    </Routes>
  );
}
