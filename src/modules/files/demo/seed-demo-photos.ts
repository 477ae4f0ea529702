import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import { storeBlobs } from '../store-files.ts';
import { fileUrl } from '../file-urls.ts';
import { prepareUpload, type PreparedFile } from '../upload/prepare-upload.ts';
import { SCENES, VARIANTS_PER_SCENE, sceneFor, sceneSvg, type Scene } from './demo-scenes.ts';

const BATCH = 400;

/**
 * Gives every demo product a photo through the file service: a modest set of pictures is drawn
 * once per seed (SCENES × VARIANTS_PER_SCENE, rendered and converted as any upload is) and
 * reused in turn within a scene, products ordered by name, so products of the same kind
 * (several "Bánh chưng" from different producers) show different pictures. The bytes are stored once; each product has its own public file. Returns the counts.
 */
export async function seedDemoPhotos(database: Database): Promise<{ pictures: number; products: number }> {
  // Two at a time: sharp works off the event loop, and the machine may have two cores.
  const jobs = SCENES.flatMap((scene) => Array.from({ length: VARIANTS_PER_SCENE }, (_, variant) => ({ scene, variant })));
  const drawn: PreparedFile[] = new Array(jobs.length);
  for (let i = 0; i < jobs.length; i += 2) {
    await Promise.all(
      jobs.slice(i, i + 2).map(async ({ scene, variant }, k) => {
        const jpeg = await sharp(Buffer.from(sceneSvg(scene, variant))).jpeg({ quality: 82 }).toBuffer();
        drawn[i + k] = await prepareUpload({ name: `${scene}-${variant + 1}.jpg`, bytes: jpeg });
      }),
    );
  }
  const pictures = new Map<Scene, PreparedFile[]>(SCENES.map((scene, s) => [scene, drawn.slice(s * VARIANTS_PER_SCENE, (s + 1) * VARIANTS_PER_SCENE)]));
  const products = await rows<{ id: string; code: string; category_code: string; name_vi: string }>(
    database.db,
    sql`SELECT id, code, category_code, name_vi FROM products WHERE cardinality(photos) = 0 ORDER BY name_vi, code`,
  );
  // Round-robin rather than a hash of the code: a hash can give four same-named products one picture.
  const turnOf = new Map<Scene, number>();
  await database.db.transaction(async (tx) => {
    await storeBlobs(tx, [...pictures.values()].flat().flatMap((p) => p.variants));
    for (let start = 0; start < products.length; start += BATCH) {
      const batch = products.slice(start, start + BATCH).map((product) => {
        const scene = sceneFor(product.category_code, product.name_vi);
        const turn = turnOf.get(scene) ?? 0;
        turnOf.set(scene, turn + 1);
        return { product, picture: pictures.get(scene)![turn % VARIANTS_PER_SCENE]! };
      });
      const inserted = await rows<{ id: string; owner_id: string }>(tx, sql`
        INSERT INTO files (kind, media_type, name, byte_size, sha256, width, height, owner_kind, owner_id, position, visibility, attached_at, created_at)
        SELECT 'image', x.media_type, x.name, x.byte_size, x.sha256, x.width, x.height, 'product', x.owner_id, 0, 'public', ${clock.now()}, ${clock.now()}
        FROM jsonb_to_recordset(${JSON.stringify(
          batch.map(({ product, picture }) => {
            const original = picture.variants.find((v) => v.variant === 'original')!;
            return { media_type: picture.mediaType, name: picture.name, byte_size: original.data.length, sha256: original.sha256, width: picture.width, height: picture.height, owner_id: product.id };
          }),
        )}::jsonb) AS x(media_type text, name text, byte_size int, sha256 text, width int, height int, owner_id text)
        RETURNING id, owner_id`);
      const fileOf = new Map(inserted.map((f) => [f.owner_id, f.id]));
      const variants = batch.flatMap(({ product, picture }) =>
        picture.variants.map((v) => ({ file_id: fileOf.get(product.id), variant: v.variant, media_type: v.mediaType, width: v.width, height: v.height, byte_size: v.data.length, sha256: v.sha256 })),
      );
      await tx.execute(sql`
        INSERT INTO file_variants (file_id, variant, media_type, width, height, byte_size, sha256)
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(variants)}::jsonb)
          AS x(file_id uuid, variant text, media_type text, width int, height int, byte_size int, sha256 text)`);
      await tx.execute(sql`
        UPDATE products p SET photos = ARRAY[x.url]
        FROM jsonb_to_recordset(${JSON.stringify(batch.map(({ product }) => ({ id: product.id, url: fileUrl(fileOf.get(product.id)!) })))}::jsonb) AS x(id uuid, url text)
        WHERE p.id = x.id`);
    }
  });
  return { pictures: SCENES.length * VARIANTS_PER_SCENE, products: products.length };
}
