import type { SignedInUser } from '../../server/http/access.ts';
import { STAFF } from '../accounts/roles.ts';
import type { Role } from '../accounts/roles.ts';

export const isStaff = (user: SignedInUser | null) => Boolean(user && STAFF.includes(user.role));

/** Who enrol themselves: producers (chủ thể OCOP) and point-of-sale staff (operators). */
export const TRAINEE_ROLES: readonly Role[] = ['producer', 'operator'];
