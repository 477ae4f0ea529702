import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One cached response: its body once serialized, and its compressed forms made on first need. */
export interface CachedResponse {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Platform-clock milliseconds after which the entry is stale (time-dependent reads: statuses). */
  expiresAt: number;
  storedAt: number;
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

const MAX_ENTRIES = 5000;
const MAX_BYTES = 64 * 1024 * 1024;

/** A weak validator from the body's bytes: the same body gives the same ETag in every process. */
export function etagOf(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * The in-process store of public responses. A write anywhere empties it (`invalidate`); a
 * response computed while a write happened is not kept (`generation` taken before computing),
 * so the cache never holds data older than the last write it heard of. Oldest entries go first
 * when it is full.
 */
export class ReadCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  /** Bumped by every invalidation. */
  generation = 0;

  get(key: string, now: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // A clock moved back (tests pin it) or past the entry's life: compute again.
    if (now >= entry.expiresAt || now < entry.storedAt) {
      this.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Keeps a response computed since `generation`; answers false when a write came meanwhile. */
  set(key: string, entry: CachedResponse, generation: number): boolean {
    if (generation !== this.generation) return false;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.delete(oldest);
    }
    return true;
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/** The body in the client's preferred encoding (brotli, then gzip), compressed once per entry. */
export function encodedBody(entry: CachedResponse, acceptEncoding: string | undefined): { encoding?: 'br' | 'gzip'; body: Buffer } {
  // Small bodies gain nothing from compression.
  if (!acceptEncoding || entry.body.length < 1024) return { body: entry.body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : undefined;
  if (!encoding) return { body: entry.body };
  let encoded = entry.encoded[encoding];
  if (!encoded) {
    encoded = encoding === 'br'
      ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
      : gzipSync(entry.body, { level: 6 });
    entry.encoded[encoding] = encoded;
  }
  return { encoding, body: encoded };
}
