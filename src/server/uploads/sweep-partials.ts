// At start, removes `.partial` files an interrupted upload left behind; only old ones, so an upload that
// another server sharing the folder is receiving right now is left alone.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PARTIAL_SUFFIX } from './save-upload';

/** A partial file untouched this long is dead: a live upload writes to it continually. */
export const STALE_PARTIAL_MS = 60 * 60 * 1000;

/** Removes the stale partial files in `folder`; answers their names. `now` is the current time in ms. */
export async function sweepPartials(
  folder: string,
  now: number,
  staleMs = STALE_PARTIAL_MS,
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => n.endsWith(PARTIAL_SUFFIX))) {
    const file = path.join(folder, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < staleMs) continue;
    await rm(file, { force: true });
    removed.push(name);
  }
  return removed;
}
