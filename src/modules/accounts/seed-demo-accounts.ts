import type { Database } from '../../server/db/database.ts';
import { SYSTEM_ACTOR } from '../audit/actor.ts';
import { createUser } from './create-user.ts';
import { ROLES, type Role } from './roles.ts';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

const DEMO_NAMES: Record<Role, string> = {
  admin: 'Quản trị viên (demo)',
  organizer: 'Cán bộ Sở Công Thương (demo)',
  surveyor: 'Cán bộ khảo sát (demo)',
  producer: 'Chủ thể OCOP (demo)',
  buyer: 'Đơn vị thu mua (demo)',
  operator: 'Đơn vị vận hành điểm bán (demo)',
};

export const demoEmail = (role: Role) => `${role}@ocop.example`;

/**
 * One account per role with a fresh random password each (nothing to leak from the repo).
 * `links` attaches the producer and buyer accounts to demo records of other modules.
 */
export async function seedDemoAccounts(
  database: Database,
  links: { producerId?: string | null; buyerOrganisationId?: string | null } = {},
): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const role of ROLES) {
    const { oneTimePassword } = await createUser(database, SYSTEM_ACTOR, {
      email: demoEmail(role),
      displayName: DEMO_NAMES[role],
      role,
      producerId: role === 'producer' ? (links.producerId ?? null) : null,
      buyerOrganisationId: role === 'buyer' ? (links.buyerOrganisationId ?? null) : null,
    });
    accounts.push({ role, email: demoEmail(role), password: oneTimePassword ?? '' });
  }
  return accounts;
}

export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const lines = accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(26)} ${a.password}`);
  return [
    'Demo accounts (one-time passwords, shown only now; change them after signing in):',
    ...lines,
  ].join('\n');
}
