import { clock } from '../../../shared/time/clock.ts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { canMoveFair, NEXT_STATUSES } from '../fair-status.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { FairInput, FairUpdate } from '../contract.ts';
import { fairs } from '../tables.ts';
import { findFairRow } from './find-fair.ts';

function checkDates(startsOn: string, endsOn: string, opensAt: string, closesAt: string): void {
  if (endsOn < startsOn) throw badRequest('bad_dates', { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'The fair ends before it starts' });
  if (closesAt <= opensAt) throw badRequest('bad_hours', { vi: 'Giờ đóng cửa phải sau giờ mở cửa', en: 'Closing time must be after opening time' });
}

export async function createFair(database: Database, actor: Actor, input: FairInput): Promise<{ id: string; slug: string }> {
  const values = {
    slug: input.slug,
    nameVi: input.name.vi.trim(),
    nameEn: input.name.en.trim(),
    themeVi: input.theme?.vi ?? '',
    themeEn: input.theme?.en ?? '',
    descriptionVi: input.description?.vi ?? '',
    descriptionEn: input.description?.en ?? '',
    venueVi: input.venue.vi,
    venueEn: input.venue.en,
    venueAddress: input.venueAddress ?? '',
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    opensAt: input.opensAt ?? '08:00',
    closesAt: input.closesAt ?? '22:00',
    status: 'draft' as const,
    maxStallsPerProducer: input.maxStallsPerProducer ?? 2,
    stallFeeVnd: input.stallFeeVnd ?? 0,
    subsidyPercent: input.subsidyPercent ?? 50,
    minStars: input.minStars ?? 3,
    holdHours: input.holdHours ?? 48,
  };
  checkDates(values.startsOn, values.endsOn, values.opensAt, values.closesAt);
  return database.db.transaction(async (tx) => {
    const [row] = await tx.insert(fairs).values(values).returning({ id: fairs.id, slug: fairs.slug });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'fair.create', entity: 'fair', entityId: row.id, changes: values });
    return row;
  });
}

export async function updateFair(database: Database, actor: Actor, key: string, input: FairUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const before = await findFairRow(tx, key);
    const next = {
      nameVi: input.name?.vi ?? before.nameVi,
      nameEn: input.name?.en ?? before.nameEn,
      themeVi: input.theme?.vi ?? before.themeVi,
      themeEn: input.theme?.en ?? before.themeEn,
      descriptionVi: input.description?.vi ?? before.descriptionVi,
      descriptionEn: input.description?.en ?? before.descriptionEn,
      venueVi: input.venue?.vi ?? before.venueVi,
      venueEn: input.venue?.en ?? before.venueEn,
      venueAddress: input.venueAddress ?? before.venueAddress,
      latitude: input.latitude === undefined ? before.latitude : input.latitude,
      longitude: input.longitude === undefined ? before.longitude : input.longitude,
      startsOn: input.startsOn ?? before.startsOn,
      endsOn: input.endsOn ?? before.endsOn,
      opensAt: input.opensAt ?? before.opensAt.slice(0, 5),
      closesAt: input.closesAt ?? before.closesAt.slice(0, 5),
      status: input.status ?? before.status,
      maxStallsPerProducer: input.maxStallsPerProducer ?? before.maxStallsPerProducer,
      stallFeeVnd: input.stallFeeVnd ?? before.stallFeeVnd,
      subsidyPercent: input.subsidyPercent ?? before.subsidyPercent,
      minStars: input.minStars ?? before.minStars,
      holdHours: input.holdHours ?? before.holdHours,
    };
    checkDates(next.startsOn, next.endsOn, next.opensAt, next.closesAt);
    if (!canMoveFair(before.status, next.status)) {
      throw conflict('bad_status_change', {
        vi: `Không thể chuyển hội chợ từ "${before.status}" sang "${next.status}"`,
        en: `A fair cannot go from "${before.status}" to "${next.status}"`,
      }, { from: before.status, allowed: NEXT_STATUSES[before.status] });
    }
    await tx.update(fairs).set({ ...next, updatedAt: clock.now() }).where(eq(fairs.id, before.id));
    await recordAudit(tx, actor, { action: 'fair.update', entity: 'fair', entityId: before.id, changes: changedFields(before, next) });
  });
}
