import type { SignedInUser } from '../../server/http/access.ts';
import { forbidden } from '../../server/http/app-error.ts';
import { STAFF } from '../accounts/roles.ts';

export const isStaff = (user: SignedInUser | null) => Boolean(user && STAFF.includes(user.role));

/** Staff act on any application; a producer account only on its own producer's. */
export function assertActsForProducer(user: SignedInUser | null, producerId: string): void {
  if (isStaff(user)) return;
  if (user?.role === 'producer' && user.producerId === producerId) return;
  throw forbidden({ vi: 'Bạn chỉ thao tác trên hồ sơ của chủ thể mình', en: 'You can only act for your own producer' });
}
