import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type DatabaseKind = 'pglite' | 'postgres';

/** The typed query builder, the same type whichever engine runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** A transaction handle; services take it so that a mutation and its audit row commit together. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Either a transaction or the database itself: read paths accept both. */
export type Queryable = Db | Tx;

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /**
   * Runs `work` in one transaction on a raw client that can also run scripts of several
   * statements (migrations, restores): Drizzle's execute() allows one statement only.
   */
  rawTransaction<T>(work: (client: RawClient) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the payload of every NOTIFY on `channel` (from this process or another
   * one on the same database), for as long as the database is open; answers a function that stops.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<() => void>;
  /**
   * Calls `listener` after each statement or transaction of this process that may have changed a
   * table public reads show (write-tracking.ts) has ended, before its caller resumes: the read
   * cache of this process never answers with data older than a write it made. Answers a function
   * that stops.
   */
  onWrite(listener: () => void): () => void;
  close(): Promise<void>;
}

export interface RawClient {
  /** Runs a script of one or more statements, without parameters. */
  exec(script: string): Promise<void>;
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}
