// Links to the downloadable templates (served by /api/templates/…): a file to fill in with example lines and,
// in the .xlsx, a 填写说明 sheet.
import { Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';

export interface TemplateLink {
  href: string;
  label: string;
}

export const BILL_TEMPLATES: TemplateLink[] = [
  { href: '/api/templates/bills.xlsx?form=chinese', label: 'Excel（中文表头，金额以元计）' },
  { href: '/api/templates/bills.csv?form=chinese', label: 'CSV（中文表头，金额以元计）' },
  { href: '/api/templates/bills.xlsx?form=english', label: 'Excel（英文列名，金额以分计）' },
  { href: '/api/templates/bills.csv?form=english', label: 'CSV（英文列名，金额以分计）' },
];

export const CASE_TEMPLATES: TemplateLink[] = [
  { href: '/api/templates/drg-cases.xlsx', label: 'Excel 模板' },
  { href: '/api/templates/drg-cases.csv', label: 'CSV 模板' },
];

export function TemplateLinks({ title, links }: { title: string; links: TemplateLink[] }) {
  return (
    <div data-testid="template-links" style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{title}：</Typography.Text>
      <Space wrap size={[12, 4]}>
        {links.map((link) => (
          <Typography.Link key={link.href} href={link.href} download>
            <DownloadOutlined /> {link.label}
          </Typography.Link>
        ))}
      </Space>
    </div>
  );
}
