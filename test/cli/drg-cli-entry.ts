// A `yigai` program with only the drg command, so the command's test does not depend on other areas' modules.
import { Command } from 'commander';
import { registerDrg } from '../../src/cli/commands/drg';
import { runCli } from '../../src/cli/run';

const program = new Command('yigai').option('--debug', '出错时打印完整堆栈');
registerDrg(program);
await runCli(program, process.argv);
