import { like, or, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { outletPoints } from '../tables.ts';

/** A URL name from the point's Vietnamese name, unique among points: "Điểm bán Vạn Phúc" → "diem-ban-van-phuc". */
export async function uniquePointSlug(db: Queryable, name: string): Promise<string> {
  const base = foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 70).replace(/-+$/, '') || 'diem-ban';
  const padded = base.length < 3 ? `${base}-ocop` : base;
  const taken = new Set(
    (await db.select({ slug: outletPoints.slug }).from(outletPoints).where(or(eq(outletPoints.slug, padded), like(outletPoints.slug, `${padded}-%`)))).map((r) => r.slug),
  );
  if (!taken.has(padded)) return padded;
  for (let n = 2; ; n++) if (!taken.has(`${padded}-${n}`)) return `${padded}-${n}`;
}
