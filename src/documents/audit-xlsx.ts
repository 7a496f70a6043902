// The audit trail as an .xlsx workbook (操作记录): one row per entry, time in Asia/Shanghai, action and object in
// Chinese, the old and new values as JSON text.
import ExcelJS from 'exceljs';
import { auditActionLabel, auditEntityLabel } from '../core/shared/audit-labels';
import type { AuditRecord } from '../store/audit';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-03 21:24:22" in Beijing time. */
export function shanghaiDateTime(iso: string): string {
  const parts = Object.fromEntries(
    shanghai.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

const jsonText = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value);

export async function auditWorkbook(entries: AuditRecord[], filterText: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('操作记录');
  sheet.columns = [
    { header: '编号', key: 'id', width: 8 },
    { header: '时间（北京时间）', key: 'at', width: 20 },
    { header: '操作人', key: 'who', width: 14 },
    { header: '操作', key: 'action', width: 18 },
    { header: '操作代码', key: 'code', width: 20 },
    { header: '对象', key: 'entity', width: 14 },
    { header: '对象编号', key: 'entityId', width: 10 },
    { header: '修改前', key: 'before', width: 40 },
    { header: '修改后', key: 'after', width: 40 },
    { header: '账号', key: 'username', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = HEADER_FILL;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const entry of entries) {
    sheet.addRow({
      id: entry.id,
      at: shanghaiDateTime(entry.at),
      who:
        entry.displayName ??
        entry.username ??
        (entry.action === 'user.login-failed' ? '（未登录）' : '系统'),
      username: entry.username ?? '',
      action: auditActionLabel(entry.action),
      code: entry.action,
      entity: auditEntityLabel(entry.entity),
      entityId: entry.entityId ?? '',
      before: jsonText(entry.before),
      after: jsonText(entry.after),
    });
  }
  const about = workbook.addWorksheet('说明');
  about.addRow(['筛选条件', filterText]);
  about.addRow(['条数', entries.length]);
  about.getColumn(1).width = 12;
  about.getColumn(2).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
