import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { AppError } from './app-error.ts';

// SQLSTATE class 08 (connection exception) and the server going away: admin_shutdown (what
// pg_terminate_backend sends), crash_shutdown, cannot_connect_now.
const LOST_CODES = new Set(['57P01', '57P02', '57P03']);
const LOST_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);
const LOST_MESSAGES = /Connection terminated|connection error|not queryable|Client was closed|timeout exceeded when trying to connect/i;

/** Whether a failure is the database connection lost (not the request's fault, maybe not done). */
export function isConnectionLost(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || LOST_CODES.has(code) || LOST_NODE_CODES.has(code))) return true;
    if (typeof message === 'string' && LOST_MESSAGES.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds a client should wait before trying again: the pool reconnects within about that. */
export const RETRY_AFTER_SECONDS = 2;

export const databaseUnavailable = () =>
  new AppError(503, 'database_unavailable', {
    vi: 'Hệ thống tạm thời mất kết nối cơ sở dữ liệu, vui lòng thử lại sau giây lát',
    en: 'The database connection was lost; try again in a moment',
  }, { retryAfterSeconds: RETRY_AFTER_SECONDS });

/**
 * A read (GET/HEAD) that failed because its connection was lost runs once more on a fresh one:
 * it changes nothing, so running it again is safe. Anything else is not retried here (a write
 * may or may not have committed); it answers 503 with Retry-After (error-handler.ts).
 * Registered before the routes: it wraps the handler of every read route added after it.
 */
export function registerReadRetry(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (!methods.every((method) => method === 'GET' || method === 'HEAD')) return;
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function retryOnceOnLostConnection(request, reply) {
      try {
        return await handler.call(this, request, reply);
      } catch (error) {
        if (!isConnectionLost(error) || reply.sent) throw error;
        request.log.warn({ err: error }, 'database connection lost during a read; retrying once');
        return handler.call(this, request, reply);
      }
    };
  });
}
