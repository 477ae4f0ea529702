import { sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { createCuratedRoute } from '../curated/curated-routes.ts';
import { createSite } from '../sites/save-site.ts';
import { DEMO_ROUTE, DEMO_SITES } from './demo-sites.ts';

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Tourist sites around the pilot craft villages and one published curated route. */
export async function seedDemoTourism(database: Database): Promise<void> {
  const villages = await rows<{ id: string; name_vi: string }>(database.db, sql`SELECT id, name_vi FROM craft_villages`);
  const villageId = new Map(villages.map((v) => [v.name_vi, v.id]));
  const ids = new Map<string, string>();
  // The museum closes for maintenance ten days from now: a dated exception the planner honours.
  const closedOn = addDays(clock.today(), 10);
  for (const site of DEMO_SITES) {
    const input = {
      ...site.input,
      craftVillageId: site.village ? (villageId.get(site.village) ?? null) : null,
      ...(site.input.kind === 'museum' ? { hoursExceptions: [{ startsOn: closedOn, endsOn: closedOn, hours: [], label: { vi: 'Đóng cửa bảo trì', en: 'Closed for maintenance' } }] } : {}),
    };
    ids.set(site.input.name.vi, (await createSite(database, null, SYSTEM_ACTOR, input)).id);
  }
  const { sites, ...route } = DEMO_ROUTE;
  await createCuratedRoute(database, SYSTEM_ACTOR, { ...route, theme: null, siteIds: sites.map((name) => ids.get(name)!), published: true });
}
