import type { Fair, FairFigures } from '../contract.ts';
import type { fairs } from '../tables.ts';

export function toFair(row: typeof fairs.$inferSelect, counts: { applicationCount: number; figures: FairFigures }): Fair {
  return {
    id: row.id,
    slug: row.slug,
    name: { vi: row.nameVi, en: row.nameEn },
    theme: { vi: row.themeVi, en: row.themeEn },
    description: { vi: row.descriptionVi, en: row.descriptionEn },
    venue: { vi: row.venueVi, en: row.venueEn },
    venueAddress: row.venueAddress,
    latitude: row.latitude,
    longitude: row.longitude,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    opensAt: row.opensAt.slice(0, 5),
    closesAt: row.closesAt.slice(0, 5),
    status: row.status,
    maxStallsPerProducer: row.maxStallsPerProducer,
    stallFeeVnd: row.stallFeeVnd,
    subsidyPercent: row.subsidyPercent,
    minStars: row.minStars,
    holdHours: row.holdHours,
    stallCount: counts.figures.stalls,
    applicationCount: counts.applicationCount,
    figures: counts.figures,
  };
}
