import type { MessagePort } from 'node:worker_threads';
import { isSpreadsheetImport, type SpreadsheetImport } from './define-import.ts';
import { validateSpreadsheet, type SpreadsheetOutcome } from './validate-spreadsheet.ts';

/** Messages from the request thread: the file's chunks as they arrive, then its end. */
export type ToWorker = { chunk: Uint8Array } | { end: true } | { abort: string };
/** Messages to the request thread: rows read so far, and "stop sending" when reading ended early. */
export type FromWorker = { progress: number } | { done: true };

export interface ParseTask {
  source: string;
  id: string;
  fileName: string;
  options: unknown;
  port: MessagePort;
}

// Run from sources, TypeScript modules are imported through tsx (its hooks do not reach a worker
// thread's dynamic imports); a compiled build imports plain JavaScript.
async function importSource(source: string): Promise<unknown> {
  if (!source.endsWith('.ts')) return import(source);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(source, import.meta.url);
}

const definitions = new Map<string, SpreadsheetImport<unknown, string, unknown>>();

async function definitionOf(source: string, id: string): Promise<SpreadsheetImport<unknown, string, unknown>> {
  const key = `${source}#${id}`;
  const known = definitions.get(key);
  if (known) return known;
  const module = (await importSource(source)) as Record<string, unknown>;
  const found = Object.values(module).find((value) => isSpreadsheetImport(value) && value.id === id);
  if (!found) throw new Error(`${source} exports no spreadsheet import "${id}"`);
  const definition = found as SpreadsheetImport<unknown, string, unknown>;
  definitions.set(key, definition);
  return definition;
}

/** The chunks posted to a port, as an async iterable. */
async function* received(port: MessagePort): AsyncGenerator<Uint8Array> {
  const queue: ToWorker[] = [];
  let wake: (() => void) | undefined;
  port.on('message', (message: ToWorker) => {
    queue.push(message);
    wake?.();
  });
  for (;;) {
    const message = queue.shift();
    if (!message) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    if ('chunk' in message) yield message.chunk;
    else if ('abort' in message) throw new Error(message.abort);
    else return;
  }
}

/** Piscina's entry: parse and validate a file in this worker thread, off the request thread. */
export default async function parseTask(task: ParseTask): Promise<SpreadsheetOutcome<unknown>> {
  const post = (message: FromWorker) => task.port.postMessage(message);
  try {
    const definition = await definitionOf(task.source, task.id);
    return await validateSpreadsheet(definition, received(task.port), task.fileName, task.options, (rows) => post({ progress: rows }));
  } finally {
    post({ done: true });
    task.port.close();
  }
}
