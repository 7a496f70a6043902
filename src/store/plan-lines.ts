// The lines of a stored plan's document, a page at a time, with the same visibility as the plan itself: a
// revision in work only for readers of drafts. A 20 MB plan has some 65 000 lines; the review page asks for the
// ones on screen. The text of a document never changes, so its split lines are kept for the next page.
import { splitLines } from '../core/plan/lines';
import { notFound } from '../core/shared/errors';
import type { PlanRow, RevisionStatus } from './plan-rows';
import { visibleRevision } from './plans';
import type { Sql } from './sql';

/** The file as read (`chosen`), or the other plausible reading of a file whose encoding is in doubt. */
export type PlanReading = 'chosen' | 'alternative';

export interface PlanLinesPage {
  /** 1-based number of the first line sent. */
  from: number;
  lines: string[];
  /** Lines of the whole document in this reading. */
  lineCount: number;
  reading: PlanReading;
}

/** The most lines one request may ask for. */
export const MAX_LINES_PER_PAGE = 2000;

/**
 * Split documents of each database, newest last: a reader scrolling a large plan asks for many pages of the
 * same text. Keyed by the store, since two databases (a test's PGlite and PostgreSQL) number documents alike.
 */
const recentByStore = new WeakMap<Sql, Map<string, string[]>>();
const KEEP = 4;

async function documentLines(
  sql: Sql,
  key: string,
  load: () => Promise<string | null>,
): Promise<string[] | null> {
  let recent = recentByStore.get(sql);
  if (!recent) {
    recent = new Map();
    recentByStore.set(sql, recent);
  }
  const known = recent.get(key);
  const text = known ? null : await load();
  if (!known && text === null) return null;
  const lines = known ?? splitLines(text ?? '');
  recent.delete(key);
  recent.set(key, lines);
  for (const oldest of [...recent.keys()].slice(0, Math.max(0, recent.size - KEEP))) {
    recent.delete(oldest);
  }
  return lines;
}

interface Visibility {
  includeDrafts: boolean;
  revision?: number | undefined;
}

/** Every line of the document in a reading, if the caller may see the revision asked for. */
async function visibleLines(
  sql: Sql,
  id: number,
  options: Visibility & { reading: PlanReading },
): Promise<string[]> {
  const [row] = await sql.query<
    Pick<PlanRow, 'id' | 'current_number' | 'status'> & { document_id: number }
  >(
    `select p.id, p.status, p.document_id, cur.number as current_number
     from plans p left join plan_revisions cur on cur.plan_id = p.id and cur.status = 'published'
     where p.id = $1`,
    [id],
  );
  if (!row) throw notFound(`方案 #${id} 不存在，可能已被删除。请回到方案列表。`);
  // Only what choosing the revision needs: the parse of every revision is large for a large plan.
  const revisions = await sql.query<{ id: number; number: number; status: RevisionStatus }>(
    'select id, number, status from plan_revisions where plan_id = $1 order by number',
    [id],
  );
  const revision = visibleRevision(row, revisions, options);
  const lines =
    options.reading === 'chosen'
      ? await documentLines(sql, `document:${row.document_id}`, async () => {
          const [document] = await sql.query<{ text: string }>(
            'select text from documents where id = $1',
            [row.document_id],
          );
          return document?.text ?? null;
        })
      : await documentLines(sql, `alternative:${revision.id}`, async () => {
          const [parsed] = await sql.query<{ text: string | null }>(
            `select parsed->'decoding'->'alternative'->>'text' as text from plan_revisions where id = $1`,
            [revision.id],
          );
          return parsed?.text ?? null;
        });
  if (lines === null) {
    throw notFound(
      options.reading === 'alternative'
        ? `方案 #${id} 的文件编码没有疑问，没有另一种读法。请按原读法查看。`
        : `方案 #${id} 的原文不存在。请回到方案列表。`,
    );
  }
  return lines;
}

/** `count` lines from line `from` (1-based; past the end gives the last page's start), at most MAX_LINES_PER_PAGE. */
export async function getPlanLines(
  sql: Sql,
  id: number,
  options: Visibility & { from: number; count: number; reading: PlanReading },
): Promise<PlanLinesPage> {
  const lines = await visibleLines(sql, id, options);
  const from = Math.min(options.from, Math.max(1, lines.length));
  return {
    from,
    lines: lines.slice(from - 1, from - 1 + Math.min(options.count, MAX_LINES_PER_PAGE)),
    lineCount: lines.length,
    reading: options.reading,
  };
}

/** The whole document as read, for a reader of the plan (the mechanisms route parses it again). */
export async function getPlanText(sql: Sql, id: number, options: Visibility): Promise<string> {
  return (await visibleLines(sql, id, { ...options, reading: 'chosen' })).join('\n');
}

export interface PlanLineMatches {
  text: string;
  /** Line numbers (1-based) holding the text, in order, at most MAX_MATCHES of them. */
  lines: number[];
  /** How many lines hold it in all. */
  total: number;
  reading: PlanReading;
}

/** The most line numbers one search answers with. */
export const MAX_MATCHES = 1000;

/** The lines of the document holding `text` (as written, case as written), for 在原文中查找. */
export async function findPlanLines(
  sql: Sql,
  id: number,
  options: Visibility & { text: string; reading: PlanReading },
): Promise<PlanLineMatches> {
  const lines = await visibleLines(sql, id, options);
  const found: number[] = [];
  let total = 0;
  lines.forEach((line, index) => {
    if (!line.includes(options.text)) return;
    total += 1;
    if (found.length < MAX_MATCHES) found.push(index + 1);
  });
  return { text: options.text, lines: found, total, reading: options.reading };
}
