import { clock } from '../../../shared/time/clock.ts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCanManageProducer } from '../catalogue-access.ts';
import type { ProductUpdate } from '../contract.ts';
import { products } from '../tables.ts';
import { checkLeafCategory, checkPriceRange } from './check-category.ts';
import { productNotFound } from './get-product.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { attachFiles } from '../../files/attach-files.ts';
import { PRODUCT_PHOTOS, photoFileIds } from './product-photos.ts';

export async function updateProduct(database: Database, user: SignedInUser, actor: Actor, id: string, input: ProductUpdate): Promise<void> {
  if (input.categoryCode) checkLeafCategory(input.categoryCode);
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!before) throw productNotFound();
    assertCanManageProducer(user, before.producerId);
    const next = {
      nameVi: input.name?.vi.trim() ?? before.nameVi,
      nameEn: input.name?.en.trim() ?? before.nameEn,
      descriptionVi: input.description?.vi ?? before.descriptionVi,
      descriptionEn: input.description?.en ?? before.descriptionEn,
      categoryCode: input.categoryCode ?? before.categoryCode,
      packagingVi: input.packaging?.vi ?? before.packagingVi,
      packagingEn: input.packaging?.en ?? before.packagingEn,
      priceMinVnd: input.priceMinVnd === undefined ? before.priceMinVnd : input.priceMinVnd,
      priceMaxVnd: input.priceMaxVnd === undefined ? before.priceMaxVnd : input.priceMaxVnd,
      photos: input.photos ?? before.photos,
    };
    checkPriceRange(next.priceMinVnd, next.priceMaxVnd);
    await tx.update(products).set({ ...next, updatedAt: clock.now() }).where(eq(products.id, id));
    if (input.photos) await attachFiles(tx, user, actor, { owner: { kind: PRODUCT_PHOTOS.kind, id }, fileIds: photoFileIds(next.photos) });
    await recordAudit(tx, actor, { action: 'product.update', entity: 'product', entityId: id, changes: changedFields(before, next) });
  });
}
