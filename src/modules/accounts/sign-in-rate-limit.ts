import { and, desc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../../server/db/database.ts';
import { signInAttempts } from './tables.ts';

// Kept in the database so that every app process behind a load balancer sees the same counts.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Seconds until the client may try again, or 0 when it is not locked out. A lockout lifts when
 * the failure that completed the limit leaves the window.
 */
export async function signInRetryAfter(db: Queryable, email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const limitingFailure = async (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string, limit: number) => {
    const [row] = await db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
      .orderBy(desc(signInAttempts.at))
      .offset(limit - 1)
      .limit(1);
    return row ? Math.ceil((row.at.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 1000) : 0;
  };
  return Math.max(
    await limitingFailure(signInAttempts.email, email, MAX_FAILURES_PER_EMAIL),
    await limitingFailure(signInAttempts.ip, ip, MAX_FAILURES_PER_IP),
  );
}

export async function recordSignInAttempt(db: Queryable, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}
