import { PGlite, type Transaction } from '@electric-sql/pglite';
import { parentPort } from 'node:worker_threads';
import { pgliteExtensions } from './pglite-extensions.ts';
import { serializeError, type PgliteReply, type PgliteRequest } from './pglite-protocol.ts';

// The thread that owns the embedded database: every SQL statement runs here, so the request
// thread keeps serving (health checks, static files, cached reads) while PGlite's WASM works, and
// PGlite mode uses a second core. The request thread talks to it through open-pglite-worker.ts.

if (!parentPort) throw new Error('pglite-worker.ts runs as a worker thread');
const port = parentPort;
let client: PGlite | undefined;

interface OpenTransaction {
  tx: Transaction;
  finish: (commit: boolean) => void;
  done: Promise<unknown>;
}
const transactions = new Map<number, OpenTransaction>();
let nextTransaction = 1;

class Rollback extends Error {}

function database(): PGlite {
  if (!client) throw new Error('The embedded database is not open');
  return client;
}

/** Drizzle keeps dates, timestamps, intervals and numeric arrays as the text PostgreSQL sends. */
function rawParsers(oids: number[] | undefined): Record<number, (value: string) => string> | undefined {
  if (!oids?.length) return undefined;
  return Object.fromEntries(oids.map((oid) => [oid, (value: string) => value]));
}

function target(tx: number | undefined): PGlite | Transaction {
  if (tx === undefined) return database();
  const open = transactions.get(tx);
  if (!open) throw new Error(`Transaction ${tx} is not open`);
  return open.tx;
}

/** Opens a transaction that stays open until the request thread ends it; answers its number. */
function begin(): Promise<number> {
  return new Promise((resolveBegin, rejectBegin) => {
    const id = nextTransaction++;
    const entry: Partial<OpenTransaction> = {};
    const ended = new Promise<boolean>((resolve) => {
      entry.finish = resolve;
    });
    let started = false;
    entry.done = database()
      .transaction(async (tx) => {
        started = true;
        entry.tx = tx;
        transactions.set(id, entry as OpenTransaction);
        resolveBegin(id);
        if (!(await ended)) throw new Rollback();
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return;
        if (!started) rejectBegin(error);
        throw error;
      })
      .finally(() => transactions.delete(id));
    entry.done.catch(() => undefined); // its outcome is the answer to `end`
  });
}

async function handle(request: PgliteRequest): Promise<unknown> {
  switch (request.op) {
    case 'open':
      client = await PGlite.create({
        dataDir: request.dataDir,
        loadDataDir: request.loadDataDir ? new Blob([request.loadDataDir]) : undefined,
        extensions: pgliteExtensions,
      });
      return null;
    case 'query': {
      const result = await target(request.tx).query(request.sql, request.params, {
        rowMode: request.rowMode,
        parsers: rawParsers(request.rawOids),
      });
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
    }
    case 'exec':
      await target(request.tx).exec(request.sql);
      return null;
    case 'begin':
      return begin();
    case 'end': {
      const open = transactions.get(request.tx);
      if (!open) throw new Error(`Transaction ${request.tx} is not open`);
      open.finish(request.commit);
      await open.done;
      return null;
    }
    case 'listen':
      await database().listen(request.channel, (payload) => {
        port.postMessage({ notification: { channel: request.channel, payload } } satisfies PgliteReply);
      });
      return null;
    case 'close':
      if (client && !client.closed) await client.close();
      return null;
  }
}

port.on('message', (message: { id: number; request: PgliteRequest }) => {
  handle(message.request).then(
    (value) => port.postMessage({ id: message.id, ok: true, value } satisfies PgliteReply),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, error: serializeError(error) } satisfies PgliteReply),
  );
});
