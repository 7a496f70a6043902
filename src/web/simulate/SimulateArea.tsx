// The frame of 测算: its own menu (改革测算, 测算方案, 账单数据, and the DRG pages) above the page.
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { drgMenuItems } from './drg/routes';

export const SIMULATE_PAGES = [
  { key: '/simulate/runs', label: '改革测算' },
  { key: '/simulate/scenarios', label: '测算方案' },
  { key: '/simulate/datasets', label: '账单数据' },
];

const items: MenuProps['items'] = [
  ...SIMULATE_PAGES,
  { key: 'drg', label: 'DRG 分组与付费', children: drgMenuItems },
];

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
