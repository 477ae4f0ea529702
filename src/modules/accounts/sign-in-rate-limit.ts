import { and, count, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../../server/db/database.ts';
import { signInAttempts } from './tables.ts';

// Kept in the database so that every app process behind a load balancer sees the same counts.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Seconds until the client may try again, or 0 when it is not locked out. */
export async function signInRetryAfter(db: Queryable, email: string, ip: string): Promise<number> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const failuresSince = async (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string) => {
    const [row] = await db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)));
    return row?.n ?? 0;
  };
  const locked =
    (await failuresSince(signInAttempts.email, email)) >= MAX_FAILURES_PER_EMAIL ||
    (await failuresSince(signInAttempts.ip, ip)) >= MAX_FAILURES_PER_IP;
  return locked ? Math.ceil(SIGN_IN_WINDOW_MS / 1000) : 0;
}

export async function recordSignInAttempt(db: Queryable, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}
