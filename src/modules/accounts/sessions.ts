import { clock } from '../../shared/time/clock.ts';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../../server/db/database.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { sessions, users } from './tables.ts';

export const SESSION_COOKIE = 'ocop_session';
export const SESSION_LIFETIME_MS = 7 * 24 * 3600 * 1000;
// Writing last_seen_at on every request would turn each read into a write.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Queryable,
  userId: string,
  client: { ip: string; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + SESSION_LIFETIME_MS);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 500) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function findSession(
  db: Queryable,
  token: string,
): Promise<{ user: SignedInUser; csrfToken: string } | null> {
  const tokenHash = hashToken(token);
  const now = clock.now();
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      producerId: users.producerId,
      buyerOrganisationId: users.buyerOrganisationId,
      preferredLanguage: users.preferredLanguage,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const { csrfToken, lastSeenAt: _lastSeenAt, ...user } = row;
  return { user, csrfToken };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, clock.now()));
}
