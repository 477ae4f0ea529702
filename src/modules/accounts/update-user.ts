import { clock } from '../../shared/time/clock.ts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/database.ts';
import { badRequest, notFound } from '../../server/http/app-error.ts';
import { changedFields } from '../audit/changed-fields.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../audit/actor.ts';
import { checkRoleLinks } from './check-role-links.ts';
import type { UpdateUserBody, UserSummary } from './contract.ts';
import { deleteUserSessions } from './sessions.ts';
import { users } from './tables.ts';
import { toUserSummary } from './user-summary.ts';

/** Changes an account's name, role, links or activity; a role change or deactivation ends its sessions. */
export async function updateUser(database: Database, actor: Actor, id: string, input: UpdateUserBody): Promise<UserSummary> {
  if (actor.id === id && (input.role !== undefined || input.active === false)) {
    throw badRequest('cannot_change_own_access', {
      vi: 'Không thể tự đổi vai trò hoặc khóa tài khoản của chính mình',
      en: 'You cannot change your own role or deactivate yourself',
    });
  }
  return database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw notFound({ vi: 'Không tìm thấy tài khoản', en: 'User not found' });
    const next = {
      displayName: input.displayName?.trim() ?? before.displayName,
      role: input.role ?? before.role,
      producerId: input.producerId === undefined ? before.producerId : input.producerId,
      buyerOrganisationId: input.buyerOrganisationId === undefined ? before.buyerOrganisationId : input.buyerOrganisationId,
      active: input.active ?? before.active,
    };
    // A role change drops links the new role may not hold, rather than refusing the change.
    if (input.role && input.role !== 'producer' && input.producerId === undefined) next.producerId = null;
    if (input.role && input.role !== 'buyer' && input.buyerOrganisationId === undefined) next.buyerOrganisationId = null;
    checkRoleLinks(next.role, next.producerId, next.buyerOrganisationId);
    const [row] = await tx.update(users).set({ ...next, updatedAt: clock.now() }).where(eq(users.id, id)).returning();
    if (!row) throw notFound();
    const changes = changedFields(before, next);
    if (changes.role || changes.active) await deleteUserSessions(tx, id);
    await recordAudit(tx, actor, { action: 'user.update', entity: 'user', entityId: id, changes });
    return toUserSummary(row);
  });
}
