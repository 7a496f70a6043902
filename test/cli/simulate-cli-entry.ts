// A `yigai` program with only the simulate command, so the command's test does not depend on other areas' modules.
import { Command } from 'commander';
import { registerSimulate } from '../../src/cli/commands/simulate';
import { runCli } from '../../src/cli/run';

const program = new Command('yigai').option('--debug', '出错时打印完整堆栈');
registerSimulate(program);
await runCli(program, process.argv);
