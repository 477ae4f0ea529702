import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { attachFiles } from '../../files/attach-files.ts';
import type { PointInput, PointUpdate } from '../contract.ts';
import { checkWeeklyHours } from '../domain/check-hours.ts';
import type { LocationType } from '../domain/location-types.ts';
import { outletPointEvents, outletPoints } from '../tables.ts';
import { findPointRow } from './find-point.ts';
import { POINT_PHOTOS } from './point-photos.ts';
import { uniquePointSlug } from './point-slug.ts';

type PointValues = Omit<typeof outletPoints.$inferInsert, 'id' | 'slug' | 'status' | 'createdAt' | 'updatedAt' | 'statusChangedAt'>;

function valuesOf(input: PointUpdate, before?: typeof outletPoints.$inferSelect): Partial<PointValues> {
  const values: Partial<PointValues> = {};
  const set = <K extends keyof PointValues>(key: K, value: PointValues[K] | undefined) => {
    if (value !== undefined) values[key] = value;
  };
  set('nameVi', input.name?.vi.trim());
  set('nameEn', input.name?.en.trim());
  set('kind', input.kind);
  set('locationType', input.locationType as LocationType | undefined);
  set('address', input.address?.trim());
  set('commune', input.commune?.trim());
  set('legacyDistrict', input.legacyDistrict === undefined ? undefined : input.legacyDistrict?.trim() || null);
  set('latitude', input.latitude);
  set('longitude', input.longitude);
  set('floorAreaM2', input.floorAreaM2);
  set('descriptionVi', input.description?.vi);
  set('descriptionEn', input.description?.en);
  set('weeklyHours', input.weeklyHours);
  set('operatorName', input.operatorName);
  set('contactName', input.contactName);
  set('phone', input.phone);
  set('email', input.email?.toLowerCase());
  set('craftVillageId', input.craftVillageId);
  set('nearbySites', input.nearbySites);
  set('photos', input.photos);
  set('pilot', input.pilot);
  if (before) for (const key of Object.keys(values) as (keyof PointValues)[]) if (JSON.stringify(values[key]) === JSON.stringify(before[key])) delete values[key];
  return values;
}

/** A new candidate point; its life starts with a "candidate" step recorded like every later one. */
export async function createPoint(database: Database, user: SignedInUser | null, actor: Actor, input: PointInput): Promise<{ id: string; slug: string }> {
  checkWeeklyHours(input.weeklyHours);
  return database.db.transaction(async (tx) => {
    const slug = input.slug ?? (await uniquePointSlug(tx, input.name.vi));
    const values = {
      descriptionVi: '', descriptionEn: '', operatorName: '', contactName: '', phone: '', email: '', nearbySites: [], photos: [], pilot: false,
      ...valuesOf(input),
    } as PointValues;
    const now = clock.now();
    const [row] = await tx.insert(outletPoints).values({ ...values, slug, status: 'candidate', statusChangedAt: now, createdAt: now, updatedAt: now })
      .returning({ id: outletPoints.id, slug: outletPoints.slug });
    if (!row) throw new Error('insert returned no row');
    // The photos become the point's (public) files: uploads of this user, staged for it.
    await attachFiles(tx, user, actor, { owner: { kind: POINT_PHOTOS.kind, id: row.id }, fileIds: values.photos });
    await tx.insert(outletPointEvents).values({ pointId: row.id, fromStatus: null, toStatus: 'candidate', reason: 'Đề xuất điểm mới / New candidate point', actorId: actor.id, actorEmail: actor.email, at: now });
    await recordAudit(tx, actor, { action: 'outlet-point.create', entity: 'outlet_point', entityId: row.id, changes: { slug, ...values } });
    return row;
  });
}

export async function updatePoint(database: Database, user: SignedInUser, actor: Actor, key: string, input: PointUpdate): Promise<void> {
  if (input.weeklyHours) checkWeeklyHours(input.weeklyHours);
  await database.db.transaction(async (tx) => {
    const before = await findPointRow(tx, key, { forUpdate: true });
    const values = valuesOf(input, before);
    if (Object.keys(values).length === 0) return;
    await tx.update(outletPoints).set({ ...values, updatedAt: clock.now() }).where(eq(outletPoints.id, before.id));
    if (values.photos) await attachFiles(tx, user, actor, { owner: { kind: POINT_PHOTOS.kind, id: before.id }, fileIds: values.photos });
    await recordAudit(tx, actor, { action: 'outlet-point.update', entity: 'outlet_point', entityId: before.id, changes: changedFields(before, values) });
  });
}
