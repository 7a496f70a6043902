// Colours and words of ledger states and due flags (the words themselves come from core/ledger).
import type { DueFlag } from '../../core/ledger/due-status';
import type { ItemState } from '../../core/ledger/states';

export { dueFlagNames } from '../../core/ledger/due-status';
export { itemStateNames, itemActionNames } from '../../core/ledger/states';
export { describeCadence, periodKindNames } from '../../core/ledger/cadence';

export const stateColors: Record<ItemState, string> = {
  'not-started': 'default',
  'in-progress': 'processing',
  'closure-requested': 'gold',
  closed: 'success',
  paused: 'purple',
};

export const flagColors: Record<DueFlag, string> = {
  overdue: 'red',
  'due-soon': 'orange',
  'on-time': 'green',
  'no-deadline': 'default',
  paused: 'purple',
  done: 'default',
};

/** Units as the plan writes them, joined for a table cell. */
export const unitNames = (units: readonly { written: string }[]) =>
  units.length === 0 ? '—' : units.map((unit) => unit.written).join('、');
