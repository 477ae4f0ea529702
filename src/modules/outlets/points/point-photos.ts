import { STAFF } from '../../accounts/roles.ts';
import { defineFileOwner } from '../../files/file-owners.ts';

/**
 * A point's photos (shop front, shelves, signboard): public files shown on its public page and
 * the map, images only. Uploaded with `POST /api/files?for=outlet-point`, attached when the point
 * is saved with their ids.
 */
export const POINT_PHOTOS = defineFileOwner({
  kind: 'outlet-point',
  visibility: 'public',
  accepts: ['image'],
  maxFiles: 30,
  // Only reached for a photo made private by hand: staff.
  canView: async (_db, user) => STAFF.includes(user.role),
});
