import { clock } from '../../shared/time/clock.ts';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../server/db/database.ts';
import { signInAttempts } from './tables.ts';

// Kept in the database so that every app process behind a load balancer sees the same counts.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

// Advisory lock namespaces (the two-key form), so an e-mail and an IP never share a lock.
const EMAIL_LOCK = 1_310_001;
const IP_LOCK = 1_310_002;

/**
 * Seconds until the client may try again, or 0 when it is not locked out. A lockout lifts when
 * the failure that completed the limit leaves the window.
 */
export async function signInRetryAfter(db: Queryable, email: string, ip: string, now = clock.now()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const limitingFailure = async (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string, limit: number) => {
    const [row] = await db
      .select({ at: signInAttempts.at })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
      .orderBy(desc(signInAttempts.at))
      .offset(limit - 1)
      .limit(1);
    return row ? Math.max(1, Math.ceil((row.at.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 1000)) : 0;
  };
  return Math.max(
    await limitingFailure(signInAttempts.email, email, MAX_FAILURES_PER_EMAIL),
    await limitingFailure(signInAttempts.ip, ip, MAX_FAILURES_PER_IP),
  );
}

export type Reservation = { attemptId: number } | { retryAfterSeconds: number };

/**
 * Reserves one attempt before the (slow) password check: under a transaction-scoped lock on the
 * e-mail and on the IP, the count is read and the attempt written as a failure, so requests in
 * flight count against the limit and a burst across any number of app processes gets at most the
 * limit through. The attempt becomes a success only once the password proved right.
 */
export async function reserveSignInAttempt(database: Database, email: string, ip: string): Promise<Reservation> {
  return database.db.transaction(async (tx) => {
    // Always e-mail then IP: two requests never wait on each other in opposite orders.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${EMAIL_LOCK}, hashtext(${email}))`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${IP_LOCK}, hashtext(${ip}))`);
    const retryAfterSeconds = await signInRetryAfter(tx, email, ip);
    if (retryAfterSeconds > 0) return { retryAfterSeconds };
    const [attempt] = await tx.insert(signInAttempts).values({ email, ip, succeeded: false }).returning({ id: signInAttempts.id });
    if (!attempt) throw new Error('insert returned no row');
    return { attemptId: attempt.id };
  });
}

export async function markSignInSucceeded(db: Queryable, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}
