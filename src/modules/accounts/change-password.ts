import { clock } from '../../shared/time/clock.ts';
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import { AppError, notFound } from '../../server/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../audit/actor.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashToken } from './sessions.ts';
import { sessions, users } from './tables.ts';

/**
 * Changes the signed-in user's own password and ends every other session of theirs: whoever
 * knew the old password (or held a session opened with it) is signed out everywhere else.
 */
export async function changePassword(
  database: Database,
  actor: Actor & { id: string },
  input: { currentPassword: string; newPassword: string },
  currentSessionToken: string | undefined,
): Promise<void> {
  const [user] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user) throw notFound();
  if (!user.hash || !(await verifyPassword(user.hash, input.currentPassword))) {
    throw new AppError(400, 'wrong_password', { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await database.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: clock.now() }).where(eq(users.id, actor.id));
    const others = currentSessionToken
      ? and(eq(sessions.userId, actor.id), ne(sessions.tokenHash, hashToken(currentSessionToken)))
      : eq(sessions.userId, actor.id);
    const ended = await tx.delete(sessions).where(others).returning({ tokenHash: sessions.tokenHash });
    await recordAudit(tx, actor, { action: 'user.change-password', entity: 'user', entityId: actor.id, changes: { otherSessionsEnded: ended.length } });
  });
}
