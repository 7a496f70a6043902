// The plan's task-division ledger (任务分工台账) as an Excel workbook: tasks, targets, and, when present, work groups and schedule.
import ExcelJS from 'exceljs';
import type { Plan } from '../core/plan/types';

const opWords: Record<string, string> = {
  '<': '低于',
  '<=': '不高于',
  '>': '高于',
  '>=': '不低于',
  '=': '等于',
  '~': '约',
};

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.eachRow((row) => {
    row.alignment = { ...row.alignment, vertical: 'top', wrapText: true };
  });
}

export async function writePlanLedgerXlsx(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = plan.title ?? '任务分工台账';

  const tasks = workbook.addWorksheet('任务分工');
  tasks.columns = [
    { header: '序号', key: 'ref', width: 8 },
    { header: '任务', key: 'title', width: 36 },
    { header: '牵头单位', key: 'lead', width: 26 },
    { header: '配合单位', key: 'co', width: 32 },
    { header: '完成时限', key: 'dueText', width: 16 },
    { header: '截止日期', key: 'due', width: 12 },
    { header: '原文行号', key: 'line', width: 10 },
    { header: '任务内容', key: 'text', width: 80 },
  ];
  for (const task of plan.tasks) {
    tasks.addRow({
      ref: task.ref,
      title: task.title,
      lead: task.lead.join('、'),
      co: task.co.join('、'),
      dueText: task.deadline.inherited ? `${task.dueText ?? ''}（按方案期限）` : task.dueText,
      due: task.due,
      line: task.source.line,
      text: task.text,
    });
  }
  styleHeader(tasks);

  const targets = workbook.addWorksheet('量化目标');
  targets.columns = [
    { header: '目标原文', key: 'text', width: 48 },
    { header: '要求', key: 'op', width: 8 },
    { header: '数值', key: 'value', width: 10 },
    { header: '单位', key: 'unit', width: 8 },
    { header: '适用范围', key: 'scope', width: 18 },
    { header: '截止日期', key: 'due', width: 12 },
    { header: '监测指标', key: 'indicator', width: 30 },
    { header: '原文行号', key: 'line', width: 10 },
  ];
  for (const target of plan.targets) {
    targets.addRow({ ...target, op: opWords[target.op] ?? target.op, line: target.source.line });
  }
  styleHeader(targets);

  if (plan.workGroups.length > 0) {
    const groups = workbook.addWorksheet('工作组');
    groups.columns = [
      { header: '工作组', key: 'name', width: 22 },
      { header: '牵头部门', key: 'lead', width: 24 },
      { header: '成员部门', key: 'members', width: 40 },
      { header: '组长', key: 'leader', width: 24 },
      { header: '副组长', key: 'deputies', width: 30 },
      { header: '工作职责', key: 'duties', width: 70 },
    ];
    for (const group of plan.workGroups) {
      groups.addRow({
        name: group.name,
        lead: group.leadUnits.join('、'),
        members: group.memberUnits.join('、'),
        leader: group.leader,
        deputies: group.deputies.join('\n'),
        duties: group.duties.map((duty, index) => `${index + 1}. ${duty}`).join('\n'),
      });
    }
    styleHeader(groups);
  }

  if (plan.schedule.length > 0) {
    const schedule = workbook.addWorksheet('时序安排');
    schedule.columns = [
      { header: '序号', key: 'seq', width: 8 },
      { header: '完成时限', key: 'dueText', width: 14 },
      { header: '截止日期', key: 'due', width: 12 },
      { header: '主要任务', key: 'task', width: 70 },
      { header: '责任组', key: 'owners', width: 24 },
    ];
    for (const item of plan.schedule) schedule.addRow({ ...item, owners: item.owners.join('、') });
    styleHeader(schedule);
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
