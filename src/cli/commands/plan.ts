// `yigai plan parse FILE [--json]`: reads a plan document and prints what the parser found — a Chinese summary,
// or with --json the plan in the CLI contract's shape.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { parsePlan } from '../../core/plan/parse';
import { toPlanJson } from '../../core/plan/plan-json';
import type { Plan } from '../../core/plan/types';
import { badInput } from '../../core/shared/errors';
import { readPlanDocument, type PlanDocumentText } from '../../documents/read-document';

const formatNames = { text: '文本', docx: 'Word', pdf: 'PDF' } as const;
const none = '未写明';
const list = (names: string[]) => (names.length > 0 ? names.join('、') : none);
const at = (line: number | null) => (line === null ? '' : `第 ${line} 行：`);

export function formatPlanSummary(plan: Plan, document: PlanDocumentText): string {
  const out: string[] = [];
  const encoding = document.encoding ? `，编码 ${document.encoding.toUpperCase()}` : '';
  out.push(`标题：${plan.title ?? none}`);
  out.push(
    `发文单位：${plan.issuer ?? none}  文号：${plan.docNumber ?? none}  日期：${plan.issuedOn ?? none}`,
  );
  out.push(`文件：${formatNames[document.format]}${encoding}，共 ${plan.lineCount} 行`);
  out.push(
    `任务 ${plan.tasks.length} 项，量化目标 ${plan.targets.length} 项，工作组 ${plan.workGroups.length} 个，` +
      `时序安排 ${plan.schedule.length} 项，提示 ${plan.warnings.length} 条`,
  );
  if (plan.tasks.length > 0) {
    out.push('', '任务');
    for (const task of plan.tasks)
      out.push(
        `  ${task.ref} ${task.title} — 牵头：${list(task.lead)} 配合：${list(task.co)} 期限：${task.dueText ?? task.due ?? none}`,
      );
  }
  if (plan.targets.length > 0) {
    out.push('', '量化目标');
    for (const target of plan.targets)
      out.push(
        `  ${at(target.source.line)}${target.text}${target.due ? `（${target.due} 前）` : ''}`,
      );
  }
  if (plan.workGroups.length > 0) {
    out.push('', '工作组');
    for (const group of plan.workGroups)
      out.push(`  ${group.name} — 牵头：${list(group.leadUnits)} 成员：${list(group.memberUnits)}`);
  }
  if (plan.schedule.length > 0) {
    out.push('', '时序安排');
    for (const item of plan.schedule)
      out.push(`  ${item.seq}. ${item.dueText} ${item.task} — ${list(item.owners)}`);
  }
  if (plan.warnings.length > 0) {
    out.push('', '提示');
    for (const warning of plan.warnings) out.push(`  ${at(warning.line)}${warning.message}`);
  }
  return `${out.join('\n')}\n`;
}

export function registerPlanParse(plan: Command): void {
  plan
    .command('parse <file>')
    .description('解析方案文件（.txt/.docx/.pdf），列出标题、任务、量化目标和提示，不保存')
    .option('--json', '以 JSON 输出（供程序读取）')
    .action(async (file: string, options: { json?: boolean }) => {
      const content = await readFile(file).catch(() => {
        throw badInput('文件不存在或无法读取，请检查路径。', { where: file });
      });
      const document = await readPlanDocument(new Uint8Array(content), basename(file));
      const parsed = parsePlan(document.text);
      // What the reader noticed (an assumed encoding, rebuilt numbering) comes first among the warnings.
      const result: Plan = { ...parsed, warnings: [...document.warnings, ...parsed.warnings] };
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ ...toPlanJson(result), mechanisms: result.mechanisms ?? null }, null, 2)}\n`
          : formatPlanSummary(result, document),
      );
    });
}
