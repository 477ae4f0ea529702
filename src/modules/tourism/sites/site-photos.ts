import { STAFF } from '../../accounts/roles.ts';
import { defineFileOwner } from '../../files/file-owners.ts';
import { fileIdOf } from '../../files/file-urls.ts';

/** A tourist site's photos: public files (the map and the route planner show them), images only. */
export const SITE_PHOTOS = defineFileOwner({
  kind: 'tourism-site',
  visibility: 'public',
  accepts: ['image'],
  maxFiles: 12,
  // Only reached for a photo made private by hand: staff.
  canView: async (_db, user) => STAFF.includes(user.role),
});

export const photoFileIds = (photos: readonly string[]) => photos.map(fileIdOf).filter((id): id is string => id !== null);
