// Entry point of the `yigai` command: one sub-command module per area, one clear line per error.
import { Command } from 'commander';
import { runCli } from './run';
import { registerServe } from './commands/serve';
import { registerDrg } from './commands/drg';
import { registerUser } from './commands/user';
import { registerPlanParse } from './commands/plan';
import { registerPlanImport } from './commands/plan-import';
import { registerSimulate } from './commands/simulate';
import { registerCalendar } from './commands/calendar';
import { registerLedger } from './commands/ledger';

const program = new Command('yigai')
  .description('医改：公立医院综合改革实施平台')
  .option('--debug', '出错时打印完整堆栈')
  .showHelpAfterError();

registerServe(program);
registerUser(program);
const plan = program.command('plan').description('方案：解析与导入');
registerPlanParse(plan);
registerPlanImport(plan);
registerDrg(program);
registerSimulate(program);
registerLedger(program);
registerCalendar(program);

await runCli(program, process.argv);
