// Runs the CLI program: a UserError prints one plain line and exits 1; anything else too, with the stack under --debug.
import type { Command } from 'commander';
import { UserError } from '../core/shared/errors';

export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const debug = argv.includes('--debug');
    if (error instanceof UserError) {
      const where = [error.details.where, error.details.line ? `第 ${error.details.line} 行` : null]
        .filter(Boolean)
        .join(' ');
      process.stderr.write(`错误：${where ? `${where}：` : ''}${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`错误：${message}\n`);
      if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      else process.stderr.write('（加 --debug 查看详细信息）\n');
    }
    process.exitCode = 1;
  }
}
