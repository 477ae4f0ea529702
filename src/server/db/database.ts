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
  close(): Promise<void>;
}

export interface RawClient {
  /** Runs a script of one or more statements, without parameters. */
  exec(script: string): Promise<void>;
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}
