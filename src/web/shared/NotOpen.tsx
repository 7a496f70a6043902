// Placeholder for an area that is not built yet: says so honestly instead of showing made-up content.
import { Card, Empty } from 'antd';

export function NotOpen({ area }: { area: string }) {
  return (
    <Card title={area}>
      <Empty description="本模块尚未开放" />
    </Card>
  );
}
