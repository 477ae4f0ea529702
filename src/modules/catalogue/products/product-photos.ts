import { sql } from 'drizzle-orm';
import { rows } from '../../../server/db/rows.ts';
import { STAFF } from '../../accounts/roles.ts';
import { defineFileOwner } from '../../files/file-owners.ts';
import { fileIdOf } from '../../files/file-urls.ts';

/**
 * A product's photos are files of the file service: public (the catalogue shows them), images
 * only, up to twelve. `photos` keeps them in order as `/api/files/<id>` beside any photo on
 * another site (an https URL).
 */
export const PRODUCT_PHOTOS = defineFileOwner({
  kind: 'product',
  visibility: 'public',
  accepts: ['image'],
  maxFiles: 12,
  // Only reached for a photo made private by hand: staff and the product's own producer.
  async canView(db, user, productId) {
    if (STAFF.includes(user.role)) return true;
    if (user.role !== 'producer' || !user.producerId) return false;
    const found = await rows<{ ok: number }>(db, sql`SELECT 1 AS ok FROM products WHERE id = ${productId}::uuid AND producer_id = ${user.producerId}::uuid`);
    return found.length > 0;
  },
});

/** The uploaded files among a product's photos, in order. */
export const photoFileIds = (photos: readonly string[]) => photos.map(fileIdOf).filter((id): id is string => id !== null);
