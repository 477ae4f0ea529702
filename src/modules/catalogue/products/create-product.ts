import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCanManageProducer } from '../catalogue-access.ts';
import type { ProductInput } from '../contract.ts';
import { producers, products } from '../tables.ts';
import { checkLeafCategory, checkPriceRange } from './check-category.ts';
import { newProductCode } from './product-code.ts';
import { attachFiles } from '../../files/attach-files.ts';
import { PRODUCT_PHOTOS, photoFileIds } from './product-photos.ts';

export async function createProduct(database: Database, user: SignedInUser, actor: Actor, input: ProductInput): Promise<{ id: string; code: string }> {
  assertCanManageProducer(user, input.producerId);
  checkLeafCategory(input.categoryCode);
  checkPriceRange(input.priceMinVnd, input.priceMaxVnd);
  return database.db.transaction(async (tx) => {
    const [producer] = await tx.select({ id: producers.id }).from(producers).where(eq(producers.id, input.producerId));
    if (!producer) throw notFound({ vi: 'Không tìm thấy chủ thể', en: 'Producer not found' });
    const values = {
      code: newProductCode(),
      producerId: input.producerId,
      nameVi: input.name.vi.trim(),
      nameEn: input.name.en.trim(),
      descriptionVi: input.description?.vi ?? '',
      descriptionEn: input.description?.en ?? '',
      categoryCode: input.categoryCode,
      packagingVi: input.packaging?.vi ?? '',
      packagingEn: input.packaging?.en ?? '',
      priceMinVnd: input.priceMinVnd ?? null,
      priceMaxVnd: input.priceMaxVnd ?? null,
      photos: input.photos ?? [],
      revoked: false,
    };
    const [row] = await tx.insert(products).values(values).returning({ id: products.id, code: products.code });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'product.create', entity: 'product', entityId: row.id, changes: values });
    await attachFiles(tx, user, actor, { owner: { kind: PRODUCT_PHOTOS.kind, id: row.id }, fileIds: photoFileIds(values.photos) });
    return row;
  });
}
