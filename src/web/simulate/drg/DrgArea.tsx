// The frame of the DRG pages in 测算: the pages as tabs, and the grouping scheme they all use.
import { useState } from 'react';
import { Card, Select, Space, Tabs, Typography } from 'antd';
import { Outlet, useLocation, useNavigate, useOutletContext } from 'react-router-dom';
import { drgSchemeName } from '../../../core/drg/scheme-names';
import { useMay } from '../../shared/auth';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PAGE_NEEDS as DRG_PAGE_NEEDS } from '../SimulateArea';
import { drgApi, type SchemeInfo } from './api';
import { DRG_PAGES } from './pages';
import { useLoad } from '../../shared/useLoad';

export interface DrgContext {
  scheme: string;
  schemes: SchemeInfo[];
}

/** The scheme chosen in the frame, for a page inside it. */
export const useDrgContext = (): DrgContext => useOutletContext<DrgContext>();

const STORAGE_KEY = 'yigai.drg.scheme';
const DEFAULT_SCHEME = 'chs-drg-1.1';

export function DrgArea() {
  const navigate = useNavigate();
  const may = useMay();
  const location = useLocation();
  const fetched = useLoad('schemes', () => drgApi.schemes());
  const schemes = fetched.data ?? [];
  const { error } = fetched;
  const [stored, setStored] = useState(() => localStorage.getItem(STORAGE_KEY) ?? DEFAULT_SCHEME);
  // A remembered scheme the server no longer offers falls back to the national one.
  const scheme =
    schemes.length > 0 && !schemes.some((item) => item.code === stored) ? DEFAULT_SCHEME : stored;

  const choose = (code: string) => {
    setStored(code);
    localStorage.setItem(STORAGE_KEY, code);
  };
  const current = schemes.find((item) => item.code === scheme);
  const active = DRG_PAGES.find((page) => location.pathname.startsWith(page.key))?.key;

  return (
    <Card
      title="DRG 分组与付费"
      extra={
        <Space>
          <span>分组方案</span>
          <Select
            aria-label="分组方案"
            data-testid="scheme-select"
            style={{ width: 220 }}
            value={scheme}
            loading={fetched.loading}
            options={
              schemes.length > 0
                ? schemes.map((item) => ({ value: item.code, label: item.name }))
                : // before the list arrives, the chosen scheme already shows by its name
                  [{ value: scheme, label: drgSchemeName(scheme) }]
            }
            onChange={choose}
          />
        </Space>
      }
    >
      {current && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {current.name}（版本 {current.version}）：{current.mdcCount} 个 MDC、{current.adrgCount}{' '}
          个 ADRG、{current.drgCount} 个 DRG。
        </Typography.Paragraph>
      )}
      {error !== null && <ErrorAlert error={error} onRetry={fetched.reload} />}
      <Tabs
        activeKey={active}
        items={DRG_PAGES.filter((page) => may(DRG_PAGE_NEEDS[page.key] ?? 'unknown'))}
        onChange={(key) => navigate(key)}
        style={{ marginBottom: 8 }}
      />
      <Outlet context={{ scheme, schemes } satisfies DrgContext} />
    </Card>
  );
}
