import { and, eq } from 'drizzle-orm';
import { defineFileOwner } from '../../files/file-owners.ts';
import { isStaff } from '../outlet-access.ts';
import { outletOperators, outletSupportItems } from '../tables.ts';

/**
 * Photos of a support item (the signboard put up, the shelves delivered): private evidence for
 * acceptance, seen by programme staff and the operator of the point it equips. Uploaded with
 * `POST /api/files?for=outlet-support`, attached when the item is saved with their ids.
 */
export const SUPPORT_PHOTOS = defineFileOwner({
  kind: 'outlet-support',
  visibility: 'private',
  accepts: ['image'],
  maxFiles: 20,
  canView: async (db, user, itemId) => {
    if (isStaff(user)) return true;
    if (user.role !== 'operator') return false;
    const [link] = await db.select({ id: outletSupportItems.id }).from(outletSupportItems)
      .innerJoin(outletOperators, and(eq(outletOperators.pointId, outletSupportItems.pointId), eq(outletOperators.userId, user.id)))
      .where(eq(outletSupportItems.id, itemId)).limit(1);
    return Boolean(link);
  },
});
