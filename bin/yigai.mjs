#!/usr/bin/env node
// The `yigai` command: runs the compiled CLI in dist/. In a source checkout (scripts/ is there) it first rebuilds
// the CLI when a source file changed since the last build, so `npx yigai` always runs the code as it is.
import { existsSync } from 'node:fs';

const buildScript = new URL('../scripts/build.mjs', import.meta.url);
if (existsSync(buildScript)) {
  const { buildOutOfDate } = await import(buildScript.href);
  try {
    await buildOutOfDate({ web: false, quiet: true });
  } catch (error) {
    // A checkout installed without development packages (no esbuild) runs what dist/ already has.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
}
if (!existsSync(new URL('../dist/cli.mjs', import.meta.url))) {
  process.stderr.write(
    '错误：yigai 尚未构建（缺少 dist/cli.mjs）。请在项目文件夹中运行 npm run build。\n',
  );
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import('../dist/cli.mjs');
