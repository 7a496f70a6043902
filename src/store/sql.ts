// The one database interface the repositories use, implemented by the embedded PGlite and by a PostgreSQL server.

export type Row = Record<string, unknown>;

export interface Sql {
  /** Which engine is behind this connection: the embedded database or a PostgreSQL server. */
  readonly engine: 'pglite' | 'postgres';
  /** Runs one statement with bound parameters ($1, $2 …) and returns its rows. */
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction: all of it is written, or nothing. Nested calls reuse the transaction. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

export interface Store extends Sql {
  /** Where the data lives, for messages: a folder for the embedded database, the server URL without password. */
  readonly location: string;
  close(): Promise<void>;
}
