import type { SignedInUser } from '../../server/http/access.ts';
import { STAFF } from '../accounts/roles.ts';

export const isStaff = (user: SignedInUser | null) => Boolean(user && STAFF.includes(user.role));
