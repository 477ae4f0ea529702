import type { Database } from '../../server/db/database.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../audit/actor.ts';
import { checkRoleLinks } from './check-role-links.ts';
import type { CreateUserBody, CreatedUser } from './contract.ts';
import { generateOneTimePassword, hashPassword } from './password.ts';
import { users } from './tables.ts';
import { toUserSummary } from './user-summary.ts';

/**
 * Creates an account. Without a password it is an invitation: a one-time password is returned
 * once (to hand over) and must be changed at first sign-in. A taken email is a 409.
 */
export async function createUser(database: Database, actor: Actor, input: CreateUserBody): Promise<CreatedUser> {
  const producerId = input.producerId ?? null;
  const buyerOrganisationId = input.buyerOrganisationId ?? null;
  checkRoleLinks(input.role, producerId, buyerOrganisationId);
  const oneTimePassword = input.password ? null : generateOneTimePassword();
  const passwordHash = await hashPassword(input.password ?? (oneTimePassword as string));
  return database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email.trim().toLowerCase(),
        displayName: input.displayName.trim(),
        role: input.role,
        producerId,
        buyerOrganisationId,
        passwordHash,
        mustChangePassword: oneTimePassword !== null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      changes: { email: row.email, displayName: row.displayName, role: row.role, producerId, buyerOrganisationId },
    });
    return { user: toUserSummary(row), oneTimePassword };
  });
}
