// `yigai plan import FILE [--publish]`: reads a plan document and stores it as a plan to review in the web UI.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { badInput } from '../../core/shared/errors';
import type { LockHolder } from '../../store/folder-lock';
import { addDatabaseOption, withStore } from '../store-option';

/** While a server holds the data folder, the plan is imported through its web page instead. */
const uploadInWeb = (holder: LockHolder) =>
  `请在网页上导入：以医改办账号登录 ${holder.url ? `${holder.url}plans` : '正在运行的服务的「方案」页'}，在「导入方案」处上传该文件；` +
  `或先停止该服务（Ctrl+C 或 kill ${holder.pid}）再运行 yigai plan import。`;

export function registerPlanImport(plan: Command): void {
  addDatabaseOption(
    plan
      .command('import <file>')
      .description('导入方案文件（.txt/.docx/.pdf），保存为待审核的方案')
      .option('--publish', '导入后直接发布')
      .option('--as <username>', '以哪个账号的名义导入（记入操作记录）', 'admin')
      .option('--json', '以 JSON 输出 { "id": … }（供脚本接着使用）'),
  ).action(
    async (
      file: string,
      options: { publish?: boolean; as: string; database?: string; json?: boolean },
    ) => {
      const content = await readFile(file).catch(() => {
        throw badInput('文件不存在或无法读取，请检查路径。', { where: file });
      });
      const fileName = basename(file);
      const { readPlanDocument } = await import('../../documents/read-document');
      const read = await readPlanDocument(new Uint8Array(content), fileName);
      const [{ importPlan }, { publishPlan }, { findUserByName }] = await Promise.all([
        import('../../store/plans'),
        import('../../store/plan-revisions'),
        import('../../store/users'),
      ]);
      await withStore(
        options.database,
        async (store) => {
          const actor = (await findUserByName(store, options.as))?.actor ?? null;
          const detail = await importPlan(store, actor, {
            fileName,
            format: read.format,
            encoding: read.encoding,
            content: new Uint8Array(content),
            text: read.text,
            warnings: read.warnings,
            ...(read.decoding ? { decoding: read.decoding } : {}),
          });
          if (options.publish) {
            if (!actor) throw badInput(`发布需要一个医改办账号，「${options.as}」不存在。`);
            await publishPlan(store, actor, detail.id, { baseVersion: detail.version });
          }
          const plan = detail.plan;
          if (options.json) {
            process.stdout.write(
              `${JSON.stringify({ id: detail.id, published: options.publish === true, title: plan.title })}\n`,
            );
            return;
          }
          console.log(
            `已导入方案 #${detail.id}：${plan.title ?? fileName}${options.publish ? '（已发布）' : '（草稿，请在网页中审核后发布）'}`,
          );
          console.log(
            `  任务 ${plan.tasks.length} 项，量化目标 ${plan.targets.length} 项，工作组 ${plan.workGroups.length} 个，时序安排 ${plan.schedule.length} 条，提示 ${plan.warnings.length} 条`,
          );
        },
        uploadInWeb,
      );
    },
  );
}
