/**
 * The messages between the request thread and the thread that owns the embedded database
 * (pglite-worker.ts). Plain data only: they cross the thread boundary by structured clone.
 */
export type PgliteRequest =
  | { op: 'open'; dataDir?: string; loadDataDir?: ArrayBuffer }
  | { op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; rawOids?: number[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'listen'; channel: string }
  | { op: 'close' };

/** A reply to the request of the same id, or a notification (LISTEN) the database delivered. */
export type PgliteReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedError }
  | { notification: { channel: string; payload: string } };

/** A database error as data: message plus its fields (code, constraint, detail…) that callers read. */
export interface SerializedError {
  message: string;
  fields: Record<string, unknown>;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { message: error.message, fields: { name: error.name, ...fields } };
}

export function deserializeError(error: SerializedError): Error {
  return Object.assign(new Error(error.message), error.fields);
}
