import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-thread/start-worker.ts';
import type { Database, Db } from './database.ts';
import { mayWritePublicData } from './write-tracking.ts';
import { deserializeError, type PgliteReply, type PgliteRequest } from './pglite-protocol.ts';

interface QueryOptions {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, unknown>;
}

interface QueryResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** The part of PGlite's client that Drizzle's PGlite driver and rawTransaction use. */
interface RemoteClient {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult>;
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: RemoteClient) => Promise<T>): Promise<T>;
}

/** Talks to pglite-worker.ts: one pending promise per request id, notifications to listeners. */
class WorkerConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();
  private failure: Error | undefined;
  readonly writeListeners = new Set<() => void>();

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: PgliteReply) => {
      if ('notification' in reply) {
        for (const listener of this.listeners.get(reply.notification.channel) ?? []) listener(reply.notification.payload);
        return;
      }
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(deserializeError(reply.error));
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The embedded database's thread stopped (exit code ${code})`)));
  }

  call<T>(request: PgliteRequest, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  async listen(channel: string, listener: (payload: string) => void): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.call({ op: 'listen', channel });
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  wrote(): void {
    for (const listener of this.writeListeners) listener();
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * A client of the database in the worker; `transaction` set, it runs inside that open
 * transaction, and a write it makes is told to the write listeners once the transaction ends.
 */
function remoteClient(connection: WorkerConnection, transaction?: { id: number; wrote: boolean }): RemoteClient {
  const tx = transaction?.id;
  const track = async <T,>(sql: string, answer: Promise<T>): Promise<T> => {
    if (!mayWritePublicData(sql)) return answer;
    if (transaction) {
      transaction.wrote = true;
      return answer;
    }
    try {
      return await answer;
    } finally {
      connection.wrote();
    }
  };
  return {
    query: (sql, params, options) =>
      track(sql, connection.call<QueryResult>({
        op: 'query',
        sql,
        params,
        tx,
        rowMode: options?.rowMode,
        // Drizzle's parsers all keep the database's text (dates, timestamps, intervals); the
        // worker applies the same for these type ids.
        rawOids: options?.parsers ? Object.keys(options.parsers).map(Number) : undefined,
      })),
    exec: async (sql) => {
      await track(sql, connection.call({ op: 'exec', sql, tx }));
    },
    async transaction(work) {
      // Nested transactions are savepoints, which Drizzle issues itself on the transaction.
      if (transaction) return work(this);
      const open = { id: await connection.call<number>({ op: 'begin' }), wrote: false };
      let result;
      try {
        result = await work(remoteClient(connection, open));
      } catch (error) {
        await connection.call({ op: 'end', tx: open.id, commit: false });
        throw error;
      }
      try {
        await connection.call({ op: 'end', tx: open.id, commit: true });
      } finally {
        if (open.wrote) connection.wrote();
      }
      return result;
    },
  };
}

/**
 * Opens the embedded database in a worker thread behind the same `Database` interface as
 * openPglite: SQL never runs on the request thread. `dataDir` undefined means in memory;
 * `loadDataDir` starts from a dump.
 */
export async function openPgliteInWorker(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  const connection = new WorkerConnection(startWorker(new URL('./pglite-worker.ts', import.meta.url)));
  const dump = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
  try {
    await connection.call({ op: 'open', dataDir: options.dataDir, loadDataDir: dump }, dump ? [dump] : []);
  } catch (error) {
    await connection.terminate();
    throw error;
  }
  const client = remoteClient(connection);
  // Drizzle's PGlite driver needs only query() and transaction() of its client.
  const db = drizzle({ client: client as unknown as PGlite }) as unknown as Db;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    rawTransaction: (work) =>
      client.transaction((tx) => work({ exec: (script) => tx.exec(script), query: async <Row,>(text: string, params?: unknown[]) => (await tx.query(text, params)).rows as Row[] })),
    listen: (channel, listener) => connection.listen(channel, listener),
    onWrite(listener) {
      connection.writeListeners.add(listener);
      return () => connection.writeListeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      await connection.call({ op: 'close' }).catch(() => undefined);
      await connection.terminate();
    },
  };
}
