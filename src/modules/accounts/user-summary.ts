import type { UserSummary } from './contract.ts';
import type { users } from './tables.ts';

export function toUserSummary(row: typeof users.$inferSelect): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    producerId: row.producerId,
    buyerOrganisationId: row.buyerOrganisationId,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
  };
}
