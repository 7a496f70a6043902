// The frame of 测算: its own menu (改革测算, 测算方案, 账单数据, and the DRG pages) above the page, showing only
// the pages the account may use; /simulate opens the first of them.
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMay } from '../shared/auth';
import { drgMenuItems } from './drg/routes';

export const SIMULATE_PAGES = [
  { key: '/simulate/runs', label: '改革测算' },
  { key: '/simulate/scenarios', label: '测算方案' },
  { key: '/simulate/datasets', label: '账单数据' },
];

/** The right each page needs to be of any use. */
export const PAGE_NEEDS: Record<string, string> = {
  '/simulate/runs': 'run.read',
  '/simulate/scenarios': 'scenario.read',
  '/simulate/datasets': 'dataset.read',
  '/simulate/drg/group': 'drg-tool.run',
  '/simulate/drg/batch': 'drg-tool.run',
  '/simulate/drg/scheme': 'drg-tool.read',
  '/simulate/drg/weights': 'weight-table.read',
  '/simulate/drg/payment': 'run.read',
};

/** The menu entry for a path: the longest key the path starts with. */
function selectedKey(pathname: string): string | undefined {
  const keys = [...SIMULATE_PAGES, ...drgMenuItems].map((page) => page.key);
  return keys
    .filter((key) => pathname === key || pathname.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function SimulateArea() {
  const location = useLocation();
  const navigate = useNavigate();
  const may = useMay();
  const allowed = (page: { key: string }) => may(PAGE_NEEDS[page.key] ?? 'unknown');
  const pages = SIMULATE_PAGES.filter(allowed);
  const drgPages = drgMenuItems.filter(allowed);
  const items: MenuProps['items'] = [
    ...pages,
    ...(drgPages.length > 0 ? [{ key: 'drg', label: 'DRG 分组与付费', children: drgPages }] : []),
  ];
  const first = [...pages, ...drgPages][0];
  if (location.pathname === '/simulate' || location.pathname === '/simulate/') {
    return <Navigate to={first?.key ?? '/plans'} replace />;
  }
  const selected = selectedKey(location.pathname);

  return (
    <div>
      <Menu
        mode="horizontal"
        aria-label="测算导航"
        selectedKeys={selected ? [selected] : []}
        items={items}
        onClick={(item) => navigate(item.key)}
        style={{ marginBottom: 16, background: 'transparent' }}
      />
      <Outlet />
    </div>
  );
}
