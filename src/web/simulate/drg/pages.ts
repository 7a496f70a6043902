// The DRG pages under 测算 and their addresses, shared by the router, the menu and the page tabs.

export const DRG_PAGES = [
  { key: '/simulate/drg/group', label: '单例分组' },
  { key: '/simulate/drg/batch', label: '批量分组' },
  { key: '/simulate/drg/scheme', label: '分组方案' },
  { key: '/simulate/drg/weights', label: '权重表' },
  { key: '/simulate/drg/payment', label: 'DRG 付费测算' },
];
