import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { OpeningAnnouncement, OpeningDetail } from '../contract.ts';
import type { PointRecord } from '../points/find-point.ts';
import { iso } from '../points/point-row.ts';
import { outletOpeningGuests, outletOpenings } from '../tables.ts';

const noOpening = () => notFound({ vi: 'Điểm chưa có lễ khai trương', en: 'The point has no opening ceremony' });

function announcementOf(point: PointRecord, o: typeof outletOpenings.$inferSelect): Omit<OpeningAnnouncement, 'guest'> {
  return {
    point: { slug: point.slug, name: { vi: point.nameVi, en: point.nameEn }, address: point.address, commune: point.commune, latitude: point.latitude, longitude: point.longitude },
    startsAt: iso(o.startsAt), endsAt: iso(o.endsAt),
    venue: { vi: o.venueVi, en: o.venueEn || o.venueVi },
    announcement: { vi: o.announcementVi, en: o.announcementEn || o.announcementVi },
    programme: o.programme,
  };
}

/** The back office's view of the ceremony: the announcement, whether it is public, the guests and their codes. */
export async function getOpening(db: Queryable, point: PointRecord): Promise<OpeningDetail> {
  const [opening] = await db.select().from(outletOpenings).where(eq(outletOpenings.pointId, point.id));
  if (!opening) throw noOpening();
  const guests = await db.select().from(outletOpeningGuests).where(eq(outletOpeningGuests.pointId, point.id)).orderBy(asc(outletOpeningGuests.createdAt), asc(outletOpeningGuests.name));
  return {
    ...announcementOf(point, opening), guest: null, published: opening.published,
    guests: guests.map((g) => ({ id: g.id, name: g.name, title: g.title, organisation: g.organisation, invitationCode: g.invitationCode })),
  };
}

/** The public announcement page: only once published; an invitation code greets its guest by name. */
export async function getOpeningAnnouncement(db: Queryable, point: PointRecord, invitation?: string): Promise<OpeningAnnouncement> {
  const [opening] = await db.select().from(outletOpenings).where(and(eq(outletOpenings.pointId, point.id), eq(outletOpenings.published, true)));
  if (!opening) throw noOpening();
  const [guest] = invitation
    ? await db.select().from(outletOpeningGuests).where(and(eq(outletOpeningGuests.pointId, point.id), eq(outletOpeningGuests.invitationCode, invitation)))
    : [];
  return { ...announcementOf(point, opening), guest: guest ? { name: guest.name, title: guest.title, organisation: guest.organisation } : null };
}
