import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { chunksOf, type ByteSource } from './byte-source.ts';
import type { SpreadsheetImport } from './define-import.ts';
import { DEFAULT_LIMITS, SpreadsheetLimitError } from './limits.ts';
import type { SpreadsheetOutcome } from './validate-spreadsheet.ts';
import type { FromWorker, ParseTask, ToWorker } from './worker.ts';

// Run from sources (tsx, vitest) the worker is TypeScript too and needs tsx's loader; a compiled
// build has worker.js beside this file and needs nothing.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);

let pool: Piscina | undefined;

function workerPool(): Piscina {
  pool ??= new Piscina({
    filename: WORKER.href,
    // One parse at a time: imports are rare staff actions, and the machine's other core serves requests.
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
    // A file that would need more than this is refused, never allowed to take the process down.
    resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
    execArgv: fromSources ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [],
  });
  return pool;
}

/** Ends the worker thread (tests and the CLI call it so the process can exit). */
export async function closeSpreadsheetWorkers(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

/**
 * Reads and validates a file in the engine's worker thread while its bytes arrive: the request
 * thread only forwards chunks, so it keeps answering other requests (health checks included)
 * however large or hostile the file. Reading stops as soon as the worker has its answer.
 */
export async function parseSpreadsheet<Row, Key extends string, Options>(
  definition: SpreadsheetImport<Row, Key, Options>,
  source: ByteSource,
  fileName: string,
  options: Options,
  onProgress?: (rowsRead: number) => void,
): Promise<SpreadsheetOutcome<Row>> {
  const maxBytes = definition.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const { port1, port2 } = new MessageChannel();
  let finished = false;
  port1.on('message', (message: FromWorker) => {
    if ('progress' in message) onProgress?.(message.progress);
    else finished = true;
  });
  const send = (message: ToWorker, transfer: ArrayBuffer[] = []) => {
    if (!finished) port1.postMessage(message, transfer);
  };
  const task: ParseTask = { source: definition.source, id: definition.id, fileName, options, port: port2 };
  const parsed = workerPool().run(task, { transferList: [port2] }) as Promise<SpreadsheetOutcome<Row>>;
  const feeding = (async () => {
    let total = 0;
    try {
      // Once the worker has its answer the rest is drained, not read: leaving the loop would
      // destroy a request stream, and with it the socket the answer goes back on.
      for await (const chunk of chunksOf(source)) {
        if (finished || total > maxBytes) continue;
        total += chunk.byteLength;
        // A copy of the chunk's own bytes, handed over (not cloned) to the worker.
        const copy = new Uint8Array(chunk);
        send({ chunk: copy }, [copy.buffer]);
        // Past the limit the worker refuses the file; the rest of the upload is not worth sending.
      }
      send({ end: true });
    } catch (error) {
      send({ abort: error instanceof Error ? error.message : String(error) });
    }
  })();
  try {
    return await parsed;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const limit = SpreadsheetLimitError.tooComplex();
      return { ok: false, failure: { kind: 'limit', code: limit.code, message: limit.localized } };
    }
    throw error;
  } finally {
    finished = true;
    port1.close();
    void feeding;
  }
}
