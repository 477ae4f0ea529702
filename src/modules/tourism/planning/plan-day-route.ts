import { and, arrayContains, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { PlanRequest, PlanResponse } from '../contract.ts';
import { planRoute } from '../routing/plan-route.ts';
import type { InfeasibleRoute } from '../routing/types.ts';
import type { SiteRow } from '../sites/site-row.ts';
import { tourismSites } from '../tables.ts';
import { buildInstance, minutesOf, timeOf } from './build-instance.ts';
import { routingServiceMinutes, straightLineMinutes } from './travel-times.ts';

/** A visitor's request answers within this, whatever the size (the planner returns its best and bound). */
const PLAN_BUDGET_MS = 3_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function sitesOf(db: Queryable, request: PlanRequest): Promise<SiteRow[]> {
  const keys = [...new Set([...(request.places ?? []), ...(request.musts ?? [])])];
  if (keys.length === 0) {
    if (!request.theme) throw badRequest('no_places', { vi: 'Hãy chọn các điểm hoặc một chủ đề', en: 'Pick places or a theme' });
    return db.select().from(tourismSites).where(and(eq(tourismSites.published, true), arrayContains(tourismSites.themes, [request.theme]))).orderBy(tourismSites.slug);
  }
  const ids = keys.filter((k) => UUID.test(k));
  const found = await db.select().from(tourismSites)
    .where(and(eq(tourismSites.published, true), ids.length > 0 ? or(inArray(tourismSites.id, ids), inArray(tourismSites.slug, keys)) : inArray(tourismSites.slug, keys)));
  const missing = keys.filter((k) => !found.some((s) => s.id === k || s.slug === k));
  if (missing.length > 0) throw badRequest('unknown_places', { vi: `Không có điểm: ${missing.join(', ')}`, en: `Unknown places: ${missing.join(', ')}` }, { missing });
  return found.sort((a, b) => a.slug.localeCompare(b.slug));
}

const name = (s: SiteRow) => ({ vi: s.nameVi, en: s.nameEn });

/** The reason of an infeasible answer in both languages, naming the sites. */
function explain(result: InfeasibleRoute, byId: Map<string, SiteRow>): NonNullable<PlanResponse['reason']> {
  const names = result.places.map((id) => byId.get(id)).filter((s): s is SiteRow => s !== undefined);
  const vi = names.map((s) => s.nameVi).join(' và ');
  const en = names.map((s) => s.nameEn).join(' and ');
  const messages: Record<InfeasibleRoute['code'], { vi: string; en: string }> = {
    closed: { vi: `${vi} đóng cửa vào ngày đã chọn.`, en: `${en} is closed on the chosen date.` },
    'too-short': { vi: `${vi} không mở cửa đủ lâu cho một lượt tham quan.`, en: `${en} is not open long enough for a visit.` },
    'out-of-reach': { vi: `Không thể đến ${vi}, tham quan trong giờ mở cửa và về kịp giờ kết thúc.`, en: `${en} cannot be reached, visited within its opening hours and left in time to be back by the end time.` },
    'pair-conflict': { vi: `Không thể đến cả ${vi} trong cùng một ngày: giờ mở cửa, thời gian tham quan và đường đi không khớp.`, en: `${en} cannot both be visited in one day: their opening hours, visit times and travel do not fit together.` },
    'day-too-short': { vi: `Các điểm bắt buộc (${vi || '—'}) cần nhiều thời gian hơn khoảng thời gian đã chọn.`, en: `The required places (${en || '—'}) need more time than the chosen hours allow.` },
  };
  return { code: result.code, message: messages[result.code], places: result.places };
}

/** A visitor's day route: the sites' hours on that date, travel times, the planner, the answer in the site's words. */
export async function planDayRoute(db: Queryable, request: PlanRequest, routingUrl: string | undefined): Promise<PlanResponse> {
  if (minutesOf(request.endTime) <= minutesOf(request.startTime)) {
    throw badRequest('bad_times', { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'The end time must come after the start time' });
  }
  const sites = await sitesOf(db, request);
  const musts = new Set((request.musts ?? []).map((k) => sites.find((s) => s.id === k || s.slug === k)!.id));
  const points = [request.start, ...sites];
  let travel = routingUrl ? await routingServiceMinutes(routingUrl, points, request.mode) : null;
  const source = travel ? 'routing-service' : 'straight-line';
  travel ??= straightLineMinutes(points, request.mode);
  const instance = buildInstance(sites, musts, request.date, request.startTime, request.endTime, travel);
  const result = planRoute(instance, { timeLimitMs: PLAN_BUDGET_MS });
  const byId = new Map(sites.map((s) => [s.id, s]));
  if (!result.feasible) {
    return { feasible: false, stops: [], back: null, value: 0, bound: 0, status: 'infeasible', reason: explain(result, byId), left: [], travel: source };
  }
  let previous = request.startTime;
  const stops = result.visits.map((visit) => {
    const site = byId.get(visit.place)!;
    const stop = {
      site: { id: site.id, slug: site.slug, name: name(site), latitude: site.latitude, longitude: site.longitude, kind: site.kind },
      arrive: timeOf(visit.arrive), start: timeOf(visit.start), leave: timeOf(visit.leave),
      travelMinutes: visit.arrive - minutesOf(previous), required: musts.has(site.id),
    };
    previous = stop.leave;
    return stop;
  });
  const visited = new Set(result.visits.map((v) => v.place));
  return {
    feasible: true, stops, back: timeOf(result.back), value: result.value, bound: Number(result.bound.toFixed(2)), status: result.status, reason: null,
    left: sites.filter((s) => !visited.has(s.id)).map((s) => ({ id: s.id, name: name(s) })), travel: source,
  };
}
