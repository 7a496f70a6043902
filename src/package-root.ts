// Where the files yigai ships (migrations, DRG data, demo documents, the web build) are found, from the source
// checkout and from the compiled dist/ alike: paths are relative to the package root, the folder of package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error(`yigai 安装不完整：${start} 及其上级文件夹中没有 package.json`);
    folder = parent;
  }
  return folder;
}

/** The folder holding yigai's package.json: the checkout, or the installed package. */
export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file or folder the package ships, e.g. `packagePath('data/drg/')` (a trailing slash is kept). */
export const packagePath = (relative: string): string => join(packageRoot, relative);
