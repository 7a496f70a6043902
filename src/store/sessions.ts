// Login sessions: only a hash of the token is stored, so a copy of the database cannot log anyone in.
import type { Sql } from './sql';

export async function insertSession(
  sql: Sql,
  tokenHash: string,
  userId: number,
  expiresAt: Date,
): Promise<void> {
  await sql.query('insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)', [
    tokenHash,
    userId,
    expiresAt.toISOString(),
  ]);
}

/** The user id of a live session, or null when it does not exist or has expired. */
export async function findSessionUser(
  sql: Sql,
  tokenHash: string,
  now: Date,
): Promise<number | null> {
  const [row] = await sql.query<{ user_id: number }>(
    'select user_id from sessions where token_hash = $1 and expires_at > $2',
    [tokenHash, now.toISOString()],
  );
  return row?.user_id ?? null;
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('delete from sessions where token_hash = $1', [tokenHash]);
}
