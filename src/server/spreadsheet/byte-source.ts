import { SpreadsheetLimitError } from './limits.ts';

/** Where a spreadsheet's bytes come from: a request body, a file stream, or bytes in hand. */
export type ByteSource = AsyncIterable<Uint8Array> | Uint8Array;

export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else yield* source;
}

/** Passes the chunks on and refuses the file as soon as it grows past `maxBytes`. */
export async function* bounded(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > maxBytes) throw SpreadsheetLimitError.fileTooLarge(maxBytes);
    yield chunk;
  }
}

/**
 * Reads chunks until at least `size` bytes are in hand (or the source ends): enough to tell the
 * format and the text encoding. `rest` goes on with the same bytes, head included.
 */
export async function peek(source: AsyncIterable<Uint8Array>, size: number): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    length += next.value.byteLength;
  }
  const head = concat(taken, length);
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (head.byteLength > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, rest: rest() };
}

/** Every chunk in one buffer (an .xlsx is a zip: its directory is at the end). */
export async function readAll(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  return Buffer.from(concat(chunks, length));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
