// The office's administration pages for the app's router: 账号管理 and 操作记录.
import { Route } from 'react-router-dom';
import { AuditPage } from './AuditPage';
import { UsersPage } from './UsersPage';

/** Route elements to place inside the logged-in layout route. */
export const adminRoutes = (
  <>
    <Route path="/admin/users" element={<UsersPage />} />
    <Route path="/admin/audit" element={<AuditPage />} />
  </>
);
