// The states a ledger item goes through and who may move it: 未启动 → 推进中 → 申请销号 → 已销号, with 暂缓
// (paused, with a reason and a resume date) and the office's return of a closure request. An action that the
// item's state does not allow is refused with what is allowed now.

export const itemStates = [
  'not-started',
  'in-progress',
  'closure-requested',
  'closed',
  'paused',
] as const;
export type ItemState = (typeof itemStates)[number];

export const itemStateNames: Record<ItemState, string> = {
  'not-started': '未启动',
  'in-progress': '推进中',
  'closure-requested': '申请销号',
  closed: '已销号',
  paused: '暂缓',
};

export const itemActions = [
  'report',
  'request-closure',
  'approve-closure',
  'return-closure',
  'pause',
  'resume',
  'reopen',
] as const;
export type ItemAction = (typeof itemActions)[number];

export const itemActionNames: Record<ItemAction, string> = {
  report: '报送进展',
  'request-closure': '申请销号',
  'approve-closure': '同意销号',
  'return-closure': '退回销号申请',
  pause: '暂缓',
  resume: '恢复推进',
  reopen: '重新打开',
};

/** Who takes an action: the item's lead unit, or the reform office. */
export type ActionBy = 'lead' | 'office';

export const actionBy: Record<ItemAction, ActionBy> = {
  report: 'lead',
  'request-closure': 'lead',
  'approve-closure': 'office',
  'return-closure': 'office',
  pause: 'office',
  resume: 'office',
  reopen: 'office',
};

/** From each state, the actions allowed and where they lead ('resume' goes back to in-progress). */
const MOVES: Record<ItemState, Partial<Record<ItemAction, ItemState>>> = {
  'not-started': { report: 'in-progress', 'request-closure': 'closure-requested', pause: 'paused' },
  'in-progress': { report: 'in-progress', 'request-closure': 'closure-requested', pause: 'paused' },
  'closure-requested': {
    report: 'closure-requested',
    'approve-closure': 'closed',
    'return-closure': 'in-progress',
  },
  closed: { reopen: 'in-progress' },
  paused: { resume: 'in-progress' },
};

export function allowedActions(state: ItemState): ItemAction[] {
  return itemActions.filter((action) => MOVES[state][action] !== undefined);
}

export type Move = { ok: true; next: ItemState } | { ok: false; message: string };

/** The state after an action, or a refusal that says why and what may be done now. */
export function move(state: ItemState, action: ItemAction): Move {
  const next = MOVES[state][action];
  if (next !== undefined) return { ok: true, next };
  const allowed = allowedActions(state).map((a) => `“${itemActionNames[a]}”`);
  return {
    ok: false,
    message:
      `事项当前为“${itemStateNames[state]}”，不能${itemActionNames[action]}。` +
      (allowed.length > 0 ? `现在可以：${allowed.join('、')}。` : '现在不能再做任何操作。'),
  };
}

/** States in which an item's deadline still runs (a closed or paused item is never overdue). */
export const runningStates: readonly ItemState[] = [
  'not-started',
  'in-progress',
  'closure-requested',
];
