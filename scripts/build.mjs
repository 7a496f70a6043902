// Builds what is out of date: the CLI with the server and every worker thread into dist/ (esbuild), and the web
// front end into dist/web (vite). Each part keeps a stamp of the files it was built from (size and time) and is
// skipped while none of them changed. Usage: node scripts/build.mjs [--node] [--web] [--force] [--quiet]
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const relative = (file) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/');

/** Files every part depends on besides its sources: this script and the locked package versions. */
const sharedInputs = ['scripts/build.mjs', 'package-lock.json'];

function fingerprint(file) {
  try {
    const stat = statSync(path.join(root, file));
    return `${stat.size}:${Math.trunc(stat.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}

function readStamp(part) {
  try {
    return JSON.parse(readFileSync(path.join(dist, `.stamp-${part}.json`), 'utf8'));
  } catch {
    return null;
  }
}

/** Out of date when never built, when an output is gone, or when an input changed since the stamp. */
function isStale(part) {
  const stamp = readStamp(part);
  if (stamp === null) return true;
  if (stamp.outputs.some((file) => !existsSync(path.join(root, file)))) return true;
  return Object.entries(stamp.inputs).some(([file, print]) => fingerprint(file) !== print);
}

function writeStamp(part, inputs, outputs) {
  const unique = [...new Set([...sharedInputs, ...inputs])].sort();
  const stamp = {
    inputs: Object.fromEntries(unique.map((file) => [file, fingerprint(file)])),
    outputs,
  };
  mkdirSync(dist, { recursive: true });
  writeAtomically(path.join(dist, `.stamp-${part}.json`), `${JSON.stringify(stamp, null, 1)}\n`);
}

/** Another build or a running command may read dist/ at the same time: a file appears whole or not at all. */
function writeAtomically(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/**
 * Worker threads are started from `new URL('./NAME-worker.mjs', import.meta.url)`: in the source tree that file
 * loads the TypeScript worker through tsx; in dist/ it is the compiled worker itself, beside the CLI.
 */
function workerEntries() {
  const entries = {};
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/-worker\.mjs$/.test(entry.name)) {
        const source = file.replace(/\.mjs$/, '.ts');
        if (!existsSync(source))
          throw new Error(`${relative(file)} 没有对应的 ${relative(source)}`);
        const name = entry.name.replace(/\.mjs$/, '');
        if (entries[name]) throw new Error(`两个工作线程同名：${name}`);
        entries[name] = source;
      }
    }
  };
  walk(path.join(root, 'src'));
  return entries;
}

async function buildNode() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', ...workerEntries() },
    outdir: 'dist',
    // One flat folder: every chunk resolves `new URL('./…', import.meta.url)` against dist/.
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const previous = readStamp('node');
  const outputs = result.outputFiles.map((file) => relative(file.path));
  mkdirSync(dist, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  for (const old of previous?.outputs ?? []) {
    if (!outputs.includes(old)) rmSync(path.join(root, old), { force: true });
  }
  const inputs = Object.keys(result.metafile.inputs).filter(
    (file) => !file.includes('node_modules'),
  );
  writeStamp('node', inputs, outputs);
}

async function buildWeb() {
  const { build } = await import('vite');
  const modules = new Set();
  const recordInputs = {
    name: 'yigai-record-inputs',
    generateBundle() {
      for (const id of this.getModuleIds()) modules.add(id.split('?')[0]);
    },
  };
  await build({
    root: path.join(root, 'src/web'),
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [recordInputs],
  });
  const inputs = [...modules]
    .filter((id) => id.startsWith(root) && !id.includes('node_modules') && existsSync(id))
    .map(relative);
  writeStamp('web', [...inputs, 'vite.config.ts'], ['dist/web/index.html']);
}

/** Builds the parts asked for (default: both) that are out of date; returns the names of those it built. */
export async function buildOutOfDate({
  node = true,
  web = true,
  force = false,
  quiet = false,
} = {}) {
  const built = [];
  const say = (text) => {
    if (!quiet) process.stderr.write(text);
  };
  for (const [part, wanted, run, label] of [
    ['node', node, buildNode, '命令行与服务端'],
    ['web', web, buildWeb, '网页'],
  ]) {
    if (!wanted || (!force && !isStale(part))) continue;
    const started = performance.now();
    say(`正在构建${label}…`);
    await run();
    say(` 完成（${((performance.now() - started) / 1000).toFixed(1)} 秒）\n`);
    built.push(part);
  }
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flags = new Set(process.argv.slice(2));
  const only = flags.has('--node') || flags.has('--web');
  await buildOutOfDate({
    node: !only || flags.has('--node'),
    web: !only || flags.has('--web'),
    force: flags.has('--force'),
    quiet: flags.has('--quiet'),
  });
}
