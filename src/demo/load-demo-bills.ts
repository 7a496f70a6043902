// The demo step for the simulate area: one calibrated demo bill dataset when none is registered yet.
import path from 'node:path';
import { registerDemoDataset } from '../server/bills/prepare-dataset';
import { listBillDatasets, type BillDataset } from '../store/bill-datasets';
import type { Store } from '../store/sql';
import { findUserByName } from '../store/users';

/** Enough for every page to show real distributions, small enough to generate in a few seconds. */
export const demoBillLines = 200_000;

export async function loadDemoBills(store: Store, filesDir: string): Promise<BillDataset | null> {
  if ((await listBillDatasets(store)).length > 0) return null;
  const office = await findUserByName(store, 'office');
  const { generate } = await registerDemoDataset(
    store,
    office?.actor ?? null,
    path.resolve(filesDir),
    demoBillLines,
    2017,
  );
  return generate(() => undefined);
}
