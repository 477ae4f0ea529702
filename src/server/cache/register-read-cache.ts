import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clock } from '../../shared/time/clock.ts';
import { WRITES_CHANNEL } from '../db/write-tracking.ts';
import { requestLanguage } from '../http/request-language.ts';
import { encodedBody, etagOf, ReadCache, type CachedResponse } from './read-cache.ts';

/** A route's `config.cache`: `true`, or how long (seconds) a response may be kept and reused. */
export interface ReadCacheOption {
  maxAge?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A public read served from the process's read cache to anonymous callers, with ETag, 304 and
     * a short Cache-Control (src/server/cache/README.md).
     */
    cache?: ReadCacheOption | true;
  }
  interface FastifyInstance {
    readCache: ReadCache;
  }
}

/** Kept ten seconds by default: statuses that follow the clock (certificates, fairs) stay close. */
export const DEFAULT_MAX_AGE_S = 10;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const VARY = 'Accept-Encoding, Accept-Language, Cookie';

interface Miss {
  key: string;
  generation: number;
  maxAge: number;
  /** Lets the requests waiting for this one's response go on (served, or computing their own). */
  done: () => void;
}
const misses = new WeakMap<FastifyRequest, Miss>();

function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

function headers(reply: FastifyReply, entry: CachedResponse, maxAge: number): void {
  // Browsers revalidate every time (a 304 from memory, and a visitor never sees data older than
  // the last write); shared caches (a CDN in front) may keep it maxAge seconds.
  reply.header('etag', entry.etag).header('cache-control', `public, max-age=0, s-maxage=${maxAge}, must-revalidate`).header('vary', VARY);
}

function send(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse, maxAge: number): FastifyReply {
  headers(reply, entry, maxAge);
  if (matches(request, entry.etag)) return reply.code(304).send();
  const { encoding, body } = encodedBody(entry, request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.type(entry.contentType).send(body);
}

/**
 * The read cache of public responses. Routes opt in with `config.cache`; for anonymous GETs a
 * fresh cached response is sent before the handler runs, else the handler's response is kept
 * (status 200 only). Every write empties it: this process's writes as they end (Database.onWrite,
 * before the writer resumes) and any process's through NOTIFY ocop_writes (migration 0015).
 */
export async function registerReadCache(app: FastifyInstance): Promise<void> {
  const cache = new ReadCache();
  app.decorate('readCache', cache);
  const stopWrites = app.database.onWrite(() => cache.invalidate());
  const stopNotifications = await app.database.listen(WRITES_CHANNEL, () => cache.invalidate());
  app.addHook('onClose', async () => {
    stopWrites();
    stopNotifications();
  });

  // One computation per key at a time: when an entry is missing (first request, after a write,
  // expired), the requests that arrive meanwhile wait for the one computing it instead of all
  // running the same query (64 connections would queue 64 list queries on the database).
  const computing = new Map<string, Promise<void>>();

  app.addHook('preHandler', async (request, reply) => {
    const option = request.routeOptions.config.cache;
    // Signed-in callers may see more (drafts, staff fields): they are always answered afresh.
    if (!option || request.method !== 'GET' || request.user) return;
    const maxAge = option === true ? DEFAULT_MAX_AGE_S : (option.maxAge ?? DEFAULT_MAX_AGE_S);
    const key = `${requestLanguage(request)} ${request.url}`;
    for (let attempt = 0; ; attempt++) {
      const entry = cache.get(key, clock.now().getTime());
      if (entry) return send(request, reply, entry, maxAge);
      const running = computing.get(key);
      // A response that is never kept (an error, a write meanwhile) lets each waiter compute.
      if (!running || attempt >= 2) break;
      await running;
    }
    let done = () => undefined as void;
    if (!computing.has(key)) {
      const finished = new Promise<void>((resolve) => {
        done = () => {
          computing.delete(key);
          resolve();
        };
      });
      computing.set(key, finished);
    }
    misses.set(request, { key, generation: cache.generation, maxAge, done });
  });

  // A request that ends without onSend (aborted) must not keep the others waiting.
  const release = async (request: FastifyRequest) => {
    misses.get(request)?.done();
    misses.delete(request);
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);

  app.addHook('onSend', async (request, reply, payload) => {
    // A write answered here: a read that follows it must not see the cache from before.
    if (!SAFE_METHODS.has(request.method)) {
      cache.invalidate();
      return payload;
    }
    const miss = misses.get(request);
    if (!miss) return payload;
    misses.delete(request);
    try {
      return keep(request, reply, payload, miss);
    } finally {
      miss.done();
    }
  });

  function keep(request: FastifyRequest, reply: FastifyReply, payload: unknown, miss: Miss): unknown {
    if (reply.statusCode !== 200 || reply.getHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
    const now = clock.now().getTime();
    const entry: CachedResponse = {
      body,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
      etag: etagOf(body),
      storedAt: now,
      expiresAt: now + miss.maxAge * 1000,
      encoded: {},
    };
    cache.set(miss.key, entry, miss.generation);
    headers(reply, entry, miss.maxAge);
    if (matches(request, entry.etag)) {
      reply.code(304);
      return null;
    }
    const { encoding, body: sent } = encodedBody(entry, request.headers['accept-encoding']);
    if (encoding) {
      reply.header('content-encoding', encoding).removeHeader('content-length');
    }
    return sent;
  }
}
