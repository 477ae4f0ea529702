import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import { AppError, notFound } from '../../server/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../audit/actor.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { users } from './tables.ts';

export async function changePassword(
  database: Database,
  actor: Actor & { id: string },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user) throw notFound();
  if (!user.hash || !(await verifyPassword(user.hash, input.currentPassword))) {
    throw new AppError(400, 'wrong_password', { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await database.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, actor, { action: 'user.change-password', entity: 'user', entityId: actor.id });
  });
}
