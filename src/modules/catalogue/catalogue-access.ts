import type { SignedInUser } from '../../server/http/access.ts';
import { forbidden } from '../../server/http/app-error.ts';
import { STAFF } from '../accounts/roles.ts';

/** Programme staff manage every producer; a producer account manages its own producer only. */
export function assertCanManageProducer(user: SignedInUser | null, producerId: string): void {
  if (user && STAFF.includes(user.role)) return;
  if (user?.role === 'producer' && user.producerId === producerId) return;
  throw forbidden({
    vi: 'Bạn chỉ được sửa thông tin của chủ thể mình',
    en: 'You can only change your own producer and its products',
  });
}
