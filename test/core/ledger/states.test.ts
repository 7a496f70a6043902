// An item's states and moves: every state × action either moves as the workflow says or is refused with a
// message naming the current state and the actions allowed now.
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  itemActionNames,
  itemActions,
  itemStateNames,
  itemStates,
  move,
} from '../../../src/core/ledger/states';
import { dueStatus } from '../../../src/core/ledger/due-status';

describe('item workflow', () => {
  it('goes 未启动 → 推进中 → 申请销号 → 已销号, and back to 推进中 when the office returns it', () => {
    expect(move('not-started', 'report')).toEqual({ ok: true, next: 'in-progress' });
    expect(move('in-progress', 'request-closure')).toEqual({ ok: true, next: 'closure-requested' });
    expect(move('closure-requested', 'return-closure')).toEqual({ ok: true, next: 'in-progress' });
    expect(move('closure-requested', 'approve-closure')).toEqual({ ok: true, next: 'closed' });
    expect(move('in-progress', 'pause')).toEqual({ ok: true, next: 'paused' });
    expect(move('paused', 'resume')).toEqual({ ok: true, next: 'in-progress' });
    expect(move('closed', 'reopen')).toEqual({ ok: true, next: 'in-progress' });
  });

  it('refuses every other move, saying the state and what is allowed now', () => {
    let refusals = 0;
    for (const state of itemStates) {
      const allowed = allowedActions(state);
      for (const action of itemActions) {
        const result = move(state, action);
        if (allowed.includes(action)) {
          expect(result.ok).toBe(true);
          continue;
        }
        refusals++;
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.message).toContain(itemStateNames[state]);
        expect(result.message).toContain(itemActionNames[action]);
        for (const other of allowed) expect(result.message).toContain(itemActionNames[other]);
      }
    }
    expect(refusals).toBeGreaterThan(15);
    expect(move('closed', 'approve-closure')).toMatchObject({ ok: false });
    expect(move('paused', 'report')).toMatchObject({ ok: false });
    expect(move('not-started', 'approve-closure')).toMatchObject({ ok: false });
  });
});

describe('due status', () => {
  it('is overdue after the deadline and due soon within the ledger’s working days', () => {
    const item = { state: 'in-progress' as const, due: '2017-10-09' };
    // 29 September 2017 (Fri): 30 September (make-up Saturday) and 9 October are the working days left
    expect(dueStatus(item, '2017-09-29', 5)).toEqual({ flag: 'due-soon', workdaysLeft: 2 });
    expect(dueStatus(item, '2017-09-29', 1)).toEqual({ flag: 'on-time', workdaysLeft: 2 });
    expect(dueStatus(item, '2017-10-09', 5)).toEqual({ flag: 'due-soon', workdaysLeft: 0 });
    expect(dueStatus(item, '2017-10-10', 5)).toEqual({ flag: 'overdue', workdaysLeft: -1 });
  });

  it('never flags a closed or paused item, nor one without a deadline', () => {
    expect(dueStatus({ state: 'closed', due: '2017-01-01' }, '2018-01-01').flag).toBe('done');
    expect(dueStatus({ state: 'paused', due: '2017-01-01' }, '2018-01-01').flag).toBe('paused');
    expect(dueStatus({ state: 'in-progress', due: null }, '2018-01-01').flag).toBe('no-deadline');
    expect(dueStatus({ state: 'closure-requested', due: '2017-01-01' }, '2018-01-01').flag).toBe(
      'overdue',
    );
  });
});
