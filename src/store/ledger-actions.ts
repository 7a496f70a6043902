// Writing to a ledger: progress reports (the lead's and the cooperating units' parts), evidence files, and the
// moves of an item's state (closure request, the office's approval or return, pause and resume). A move names
// the item version it was based on; a stale one is refused with what changed. Every write is audited.
import { periodOn, periodOfKind } from '../core/ledger/cadence';
import {
  actionBy,
  itemActionNames,
  itemStateNames,
  move,
  type ItemAction,
} from '../core/ledger/states';
import { badInput, conflict, forbidden, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import { recordItemEvent } from './ledger-sync';
import { notify } from './notifications';
import { toItem, toLedger, unitCodes, type ItemRow, type LedgerRow } from './ledger-rows';
import type { Sql } from './sql';

async function lockItem(tx: Sql, itemId: number) {
  const [row] = await tx.query<ItemRow>('select * from ledger_items where id = $1 for update', [
    itemId,
  ]);
  if (!row) throw notFound(`台账事项 #${itemId} 不存在。`);
  const [ledger] = await tx.query<LedgerRow>('select * from ledgers where id = $1', [
    row.ledger_id,
  ]);
  if (!ledger) throw notFound(`台账 #${row.ledger_id} 不存在。`);
  return { item: toItem(row), ledger: toLedger(ledger) };
}

/** The unit an account reports for on an item, and in which role; refused when it is neither lead nor co. */
function reportingRole(
  actor: Actor,
  item: ReturnType<typeof toItem>,
  onBehalfOf: string | undefined,
): { unit: string; role: 'lead' | 'co' } {
  const lead = unitCodes(item.lead);
  const co = unitCodes(item.co);
  const unit = actor.role === 'office' && onBehalfOf ? onBehalfOf : actor.unitCode;
  if (unit && lead.includes(unit)) return { unit, role: 'lead' };
  if (unit && co.includes(unit)) return { unit, role: 'co' };
  if (actor.role === 'office') {
    throw badInput(
      lead.length + co.length === 0
        ? '该事项的牵头单位还没有对应到单位名录，请先在事项页“对应单位”后再代报。'
        : `请选择代哪个单位报送：${[...lead, ...co].join('、')}。`,
      { where: 'unit' },
    );
  }
  throw forbidden('您的单位不是该事项的牵头或配合单位，不能报送它的进展。');
}

export interface ReportInput {
  done: string;
  problems?: string;
  nextSteps?: string;
  /** Percent complete (lead reports only). */
  percent?: number | null;
  /** Evidence files uploaded before (unattached files of this item) to attach to the report. */
  fileIds?: number[];
  /** The office reporting for a unit (e.g. a report received by telephone). */
  unit?: string;
}

export async function addReport(
  sql: Sql,
  actor: Actor,
  itemId: number,
  input: ReportInput,
  today: string,
): Promise<{ reportId: number; version: number }> {
  const done = input.done.trim();
  if (done === '') throw badInput('请填写“进展情况”：本期做了什么。', { where: 'done' });
  return sql.transaction(async (tx) => {
    const { item, ledger } = await lockItem(tx, itemId);
    if (item.removed) {
      throw conflict('该任务已不在方案的最新修订中，不再报送进展。如有疑问请联系医改办。');
    }
    const { unit, role } = reportingRole(actor, item, input.unit);
    const period = periodOn(ledger.cadence, today) ?? periodOfKind('day', ledger.cadence.start);
    let next = item.state;
    if (role === 'lead') {
      const moved = move(item.state, 'report');
      if (!moved.ok) throw conflict(moved.message);
      next = moved.next;
    } else if (item.state === 'closed' || item.state === 'paused') {
      throw conflict(`事项当前为“${itemStateNames[item.state]}”，不能报送进展。`);
    }
    const percent = role === 'lead' ? (input.percent ?? null) : null;
    const [report] = await tx.query<{ id: number }>(
      `insert into ledger_reports (item_id, unit_code, role, period_kind, period_start, done, problems,
         next_steps, percent, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [
        itemId,
        unit,
        role,
        period.kind,
        period.start,
        done,
        input.problems?.trim() ?? '',
        input.nextSteps?.trim() ?? '',
        percent,
        actor.id,
      ],
    );
    const reportId = Number(report?.id);
    for (const fileId of input.fileIds ?? []) {
      const attached = await tx.query(
        `update ledger_files set report_id = $1 where id = $2 and item_id = $3 and report_id is null
         returning id`,
        [reportId, fileId, itemId],
      );
      if (attached.length === 0) {
        throw badInput(`佐证材料 #${fileId} 不属于该事项或已附在另一份报送中，请重新上传。`, {
          where: 'fileIds',
        });
      }
    }
    const [updated] = await tx.query<{ version: number }>(
      `update ledger_items set state = $2, percent = coalesce($3, percent), version = version + 1,
         updated_at = now() where id = $1 returning version`,
      [itemId, next, percent],
    );
    await recordItemEvent(tx, actor, itemId, {
      kind: 'report',
      note: `${role === 'lead' ? '牵头单位' : '配合单位'}报送${period.label}`,
      data: { reportId, unit, percent },
      ...(next === item.state ? {} : { from: item.state, to: next }),
    });
    await audit(tx, actor, {
      action: 'ledger.report',
      entity: 'ledger-item',
      entityId: itemId,
      before: { state: item.state, percent: item.percent },
      after: { state: next, percent: percent ?? item.percent, reportId, unit, role, period },
    });
    return { reportId, version: Number(updated?.version) };
  });
}

export interface MoveInput {
  action: Exclude<ItemAction, 'report'>;
  baseVersion: number;
  reason?: string;
  resumeOn?: string;
}

export async function moveItem(
  sql: Sql,
  actor: Actor,
  itemId: number,
  input: MoveInput,
  today: string,
): Promise<{ version: number; state: string }> {
  return sql.transaction(async (tx) => {
    const { item } = await lockItem(tx, itemId);
    if (item.version !== input.baseVersion) {
      throw conflict(
        `该事项已被他人修改（现为“${itemStateNames[item.state]}”，版本 ${item.version}，您看到的是版本 ${input.baseVersion}）。` +
          '请刷新后查看对方的修改，再决定是否继续。',
      );
    }
    if (actionBy[input.action] === 'office' && actor.role !== 'office') {
      throw forbidden(`只有医改办可以“${itemActionNames[input.action]}”。`);
    }
    if (actionBy[input.action] === 'lead' && actor.role !== 'office') {
      if (!actor.unitCode || !unitCodes(item.lead).includes(actor.unitCode)) {
        throw forbidden('只有该事项的牵头单位可以申请销号。');
      }
    }
    const moved = move(item.state, input.action);
    if (!moved.ok) throw conflict(moved.message);
    const reason = input.reason?.trim() ?? '';
    if ((input.action === 'return-closure' || input.action === 'pause') && reason === '') {
      throw badInput(`请写明${input.action === 'pause' ? '暂缓' : '退回'}的理由。`, {
        where: 'reason',
      });
    }
    if (input.action === 'pause') {
      if (!input.resumeOn || !/^\d{4}-\d{2}-\d{2}$/.test(input.resumeOn)) {
        throw badInput('请填写预计恢复推进的日期（YYYY-MM-DD）。', { where: 'resumeOn' });
      }
      if (input.resumeOn < today) {
        throw badInput(`恢复日期 ${input.resumeOn} 早于今天 ${today}，请改为今天或以后。`, {
          where: 'resumeOn',
        });
      }
    }
    if (input.action === 'request-closure') {
      const [evidence] = await tx.query<{ n: number }>(
        'select count(*)::int as n from ledger_files where item_id = $1',
        [itemId],
      );
      if (Number(evidence?.n ?? 0) === 0) {
        throw badInput('申请销号需要佐证材料：请先上传至少一份文件（.pdf/.docx/.xlsx/图片）。', {
          where: 'files',
        });
      }
    }
    const keepsReason = input.action === 'pause' || input.action === 'return-closure';
    const [updated] = await tx.query<{ version: number }>(
      `update ledger_items set state = $2, state_reason = $3, resume_on = $4,
         percent = case when $2 = 'closed' then 100 else percent end,
         version = version + 1, updated_at = now()
       where id = $1 returning version`,
      [
        itemId,
        moved.next,
        keepsReason ? reason : null,
        input.action === 'pause' ? input.resumeOn : null,
      ],
    );
    const note =
      `${itemActionNames[input.action]}：${itemStateNames[item.state]} → ${itemStateNames[moved.next]}` +
      (reason ? `（${reason}）` : '') +
      (input.action === 'pause' ? `，预计 ${input.resumeOn} 恢复` : '');
    await recordItemEvent(tx, actor, itemId, {
      kind: input.action,
      note,
      data: { reason: reason || null, resumeOn: input.resumeOn ?? null },
      from: item.state,
      to: moved.next,
    });
    const leads = unitCodes(item.lead);
    const named = `“${item.ref} ${item.title}”`;
    if (input.action === 'request-closure') {
      await notify(
        tx,
        { office: true },
        {
          kind: 'closure-requested',
          text: `${named}申请销号，请审核佐证材料后办理。`,
          itemId,
        },
      );
    } else if (input.action === 'return-closure') {
      await notify(
        tx,
        { units: leads },
        {
          kind: 'returned',
          text: `${named}的销号申请被退回：${reason}`,
          itemId,
        },
      );
    } else if (input.action === 'approve-closure') {
      await notify(tx, { units: leads }, { kind: 'closed', text: `${named}已销号。`, itemId });
    }
    await audit(tx, actor, {
      action: `ledger.${input.action}`,
      entity: 'ledger-item',
      entityId: itemId,
      before: { state: item.state, version: item.version },
      after: { state: moved.next, reason: reason || null, resumeOn: input.resumeOn ?? null },
    });
    return { version: Number(updated?.version), state: moved.next };
  });
}
