// Login sessions: only a hash of the token is stored, so a copy of the database cannot log anyone in. A session
// ends when it has been idle too long or has reached its absolute lifetime, whichever comes first.
import type { Sql } from './sql';

export interface SessionLimits {
  /** A session unused this long is over. */
  idleMs: number;
  /** A session this old is over however busy it is. */
  absoluteMs: number;
}

export async function insertSession(
  sql: Sql,
  tokenHash: string,
  userId: number,
  now: Date,
  limits: SessionLimits,
): Promise<void> {
  await sql.query(
    `insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $3, $4)`,
    [
      tokenHash,
      userId,
      now.toISOString(),
      new Date(now.getTime() + limits.absoluteMs).toISOString(),
    ],
  );
}

// Writing last_seen_at on every request would turn every read into a write; a minute's precision is enough.
const touchEveryMs = 60_000;

/** The user id of a live session (noting that it was used), or null when it does not exist or is over. */
export async function findSessionUser(
  sql: Sql,
  tokenHash: string,
  now: Date,
  limits: SessionLimits,
): Promise<number | null> {
  const [row] = await sql.query<{ user_id: number; last_seen_at: unknown }>(
    `select user_id, last_seen_at from sessions
     where token_hash = $1 and expires_at > $2 and created_at > $3 and last_seen_at > $4`,
    [
      tokenHash,
      now.toISOString(),
      new Date(now.getTime() - limits.absoluteMs).toISOString(),
      new Date(now.getTime() - limits.idleMs).toISOString(),
    ],
  );
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at as string).getTime() >= touchEveryMs) {
    await sql.query('update sessions set last_seen_at = $2 where token_hash = $1', [
      tokenHash,
      now.toISOString(),
    ]);
  }
  return row.user_id;
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('delete from sessions where token_hash = $1', [tokenHash]);
}

/** Ends every session of an account, except optionally the one making the request. */
export async function deleteSessionsOfUser(
  sql: Sql,
  userId: number,
  keepTokenHash: string | null = null,
): Promise<number> {
  const rows = await sql.query(
    'delete from sessions where user_id = $1 and token_hash is distinct from $2 returning token_hash',
    [userId, keepTokenHash],
  );
  return rows.length;
}

/** Removes sessions that are over, so the table does not grow with every login. */
export async function deleteEndedSessions(
  sql: Sql,
  now: Date,
  limits: SessionLimits,
): Promise<void> {
  await sql.query(
    'delete from sessions where expires_at <= $1 or created_at <= $2 or last_seen_at <= $3',
    [
      now.toISOString(),
      new Date(now.getTime() - limits.absoluteMs).toISOString(),
      new Date(now.getTime() - limits.idleMs).toISOString(),
    ],
  );
}

export async function countSessionsOfUser(sql: Sql, userId: number): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    'select count(*)::int as n from sessions where user_id = $1',
    [userId],
  );
  return row?.n ?? 0;
}
