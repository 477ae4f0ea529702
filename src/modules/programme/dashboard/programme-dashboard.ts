import type { Queryable } from '../../../server/db/database.ts';
import type { Localized } from '../../../shared/localized.ts';
import { clock } from '../../../shared/time/clock.ts';
import { listFairs } from '../../fairs/fairs/list-fairs.ts';
import { SELLING_POINT_STATUSES } from '../../outlets/domain/point-status.ts';
import type { PointSummary } from '../../outlets/contract.ts';
import { listPoints } from '../../outlets/points/list-points.ts';
import { salesDashboard } from '../../outlets/sales/list-sales.ts';
import { findConference } from '../../trade/conferences/find-conference.ts';
import { listConferences } from '../../trade/conferences/list-conferences.ts';
import { conferenceDashboard } from '../../trade/outcomes/conference-dashboard.ts';
import type { Activity, Bucket, DashboardTotals, ProgrammeDashboard } from '../contract.ts';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, type PlannedActivityKind } from '../domain.ts';
import { listProjects } from '../projects/project-row.ts';
import { programmeActivityPlans } from '../tables.ts';
import { openingActivities, trainingActivities } from './training-activities.ts';

const overlapsYear = (year: number, startsOn: string, endsOn: string) => startsOn <= `${year}-12-31` && endsOn >= `${year}-01-01`;

async function allPoints(db: Queryable): Promise<PointSummary[]> {
  const out: PointSummary[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listPoints(db, { all: true }, { page, pageSize: 200 });
    out.push(...items);
    if (items.length === 0 || out.length >= total) return out;
  }
}

function buckets(activities: readonly Activity[], keyOf: (a: Activity) => string | null, labelOf: (key: string) => Localized): Map<string, Bucket> {
  const map = new Map<string, Bucket>();
  for (const a of activities) {
    const key = keyOf(a);
    if (key === null) continue;
    const b = map.get(key) ?? { key, label: labelOf(key), activities: 0, salesVnd: 0, agreementValueVnd: 0 };
    b.activities += 1;
    b.salesVnd += a.results.salesVnd ?? 0;
    b.agreementValueVnd += a.results.agreementValueVnd ?? 0;
    map.set(key, b);
  }
  return map;
}

/** Training totals: rates over every trainee and session of the year's courses (not an average of averages). */
function trainingTotals(list: readonly Activity[]) {
  const n = (f: 'trainees' | 'completed' | 'certificates' | 'attended') => list.reduce((s, a) => s + (a.results[f] ?? 0), 0);
  const seats = list.reduce((s, a) => s + (a.results.trainees ?? 0) * (a.results.sessions ?? 0), 0);
  const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));
  return {
    courses: list.length, trainees: n('trainees'), traineesCompleted: n('completed'), certificates: n('certificates'),
    attendancePercent: rate(n('attended'), seats), completionPercent: rate(n('completed'), n('trainees')),
  };
}

/**
 * Every activity of the plan in a year with its owner, schedule, budget, status and results, each
 * result read from its module's own query (fairFigures through listFairs, conferenceDashboard,
 * listPoints and salesDashboard), never stored twice. Points of sale run all year: their sales are
 * the monthly reports of that year's months (to this month for the current year).
 */
export async function programmeDashboard(db: Queryable, year: number): Promise<ProgrammeDashboard> {
  const today = clock.today();
  const salesDay = today < `${year}-12-31` ? today : `${year}-12-31`;
  const [fairs, conferences, points, sales, projects, plans, courses, openings] = await Promise.all([
    listFairs(db, { includeDrafts: true }), listConferences(db, { includeDrafts: true }), allPoints(db), salesDashboard(db, salesDay),
    listProjects(db, true), db.select().from(programmeActivityPlans), trainingActivities(db, year), openingActivities(db, year),
  ]);
  const plan = (kind: PlannedActivityKind, id: string) => plans.find((p) => p.activityKind === kind && p.activityId === id);
  const activities: Activity[] = [];
  for (const f of fairs.filter((f) => overlapsYear(year, f.startsOn, f.endsOn))) {
    const p = plan('fair', f.id);
    activities.push({
      kind: 'fair', id: f.id, slug: f.slug, name: f.name, owner: p?.owner ?? null, startsOn: f.startsOn, endsOn: f.endsOn, budgetVnd: p?.budgetVnd ?? null, status: f.status, region: f.venue.vi,
      results: { stalls: f.figures.stalls, exhibitors: f.figures.exhibitors, visitors: f.figures.visitors, salesVnd: f.figures.salesVnd },
    });
  }
  for (const c of conferences.filter((c) => overlapsYear(year, c.startsOn, c.endsOn))) {
    const d = await conferenceDashboard(db, await findConference(db, c.id, 'system'));
    const p = plan('conference', c.id);
    activities.push({
      kind: 'conference', id: c.id, slug: c.slug, name: c.name, owner: p?.owner ?? null, startsOn: c.startsOn, endsOn: c.endsOn, budgetVnd: p?.budgetVnd ?? null, status: c.status, region: c.venue.vi,
      results: { mous: d.agreements.mou, contracts: d.agreements.contract, agreementValueVnd: d.agreements.valueVnd, meetingsHeld: d.meetings.held },
    });
  }
  for (const pt of points.filter((pt) => pt.status !== 'rejected')) {
    const p = plan('point-of-sale', pt.id);
    activities.push({
      kind: 'point-of-sale', id: pt.id, slug: pt.slug, name: pt.name, owner: p?.owner ?? null, startsOn: null, endsOn: null, budgetVnd: p?.budgetVnd ?? null, status: pt.status, region: pt.commune,
      results: { operating: SELLING_POINT_STATUSES.includes(pt.status) },
    });
  }
  activities.push(...courses, ...openings);
  for (const pr of projects.filter((pr) => overlapsYear(year, pr.startsOn, pr.endsOn))) {
    activities.push({
      kind: 'project', id: pr.id, slug: pr.slug, name: pr.title, owner: pr.owner, startsOn: pr.startsOn, endsOn: pr.endsOn, budgetVnd: pr.budget.plannedVnd, status: pr.status, region: '',
      results: { spentVnd: pr.budget.spentVnd, milestonesDone: pr.milestones.filter((m) => m.doneOn !== null).length },
    });
  }
  const yearMonths = sales.months.filter((m) => m.month.startsWith(`${year}-`));
  const of = (kind: Activity['kind']) => activities.filter((a) => a.kind === kind);
  const sum = (list: readonly Activity[], field: 'stalls' | 'exhibitors' | 'visitors' | 'salesVnd' | 'mous' | 'contracts' | 'agreementValueVnd' | 'meetingsHeld' | 'spentVnd' | 'trainees' | 'completed' | 'certificates' | 'guests') => list.reduce((s, a) => s + (a.results[field] ?? 0), 0);
  const totals: DashboardTotals = {
    fairs: of('fair').length, stalls: sum(of('fair'), 'stalls'), exhibitors: sum(of('fair'), 'exhibitors'), visitors: sum(of('fair'), 'visitors'), fairSalesVnd: sum(of('fair'), 'salesVnd'),
    conferences: of('conference').length, meetingsHeld: sum(of('conference'), 'meetingsHeld'), mous: sum(of('conference'), 'mous'), contracts: sum(of('conference'), 'contracts'), agreementValueVnd: sum(of('conference'), 'agreementValueVnd'),
    pointsOperating: of('point-of-sale').filter((a) => a.results.operating).length, pointSalesVnd: yearMonths.reduce((s, m) => s + m.totalVnd, 0),
    ...trainingTotals(of('training')), openings: of('opening').length, openingGuests: sum(of('opening'), 'guests'),
    projects: of('project').length, projectBudgetVnd: of('project').reduce((s, a) => s + (a.budgetVnd ?? 0), 0), projectSpentVnd: sum(of('project'), 'spentVnd'),
    budgetVnd: activities.reduce((s, a) => s + (a.budgetVnd ?? 0), 0),
  };
  const monthKey = (a: Activity) => (a.startsOn?.startsWith(`${year}-`) ? a.startsOn.slice(0, 7) : a.startsOn && a.startsOn < `${year}-01-01` ? `${year}-01` : null);
  const byMonthMap = buckets(activities, monthKey, (k) => ({ vi: `Tháng ${k.slice(5)}/${year}`, en: `${k.slice(5)}/${year}` }));
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const key = `${year}-${String(i + 1).padStart(2, '0')}`;
    const b = byMonthMap.get(key) ?? { key, label: { vi: `Tháng ${key.slice(5)}/${year}`, en: `${key.slice(5)}/${year}` }, activities: 0, salesVnd: 0, agreementValueVnd: 0 };
    return { ...b, salesVnd: b.salesVnd + (yearMonths.find((m) => m.month === key)?.totalVnd ?? 0) };
  });
  const byKindMap = buckets(activities, (a) => a.kind, (k) => ACTIVITY_KIND_LABELS[k as Activity['kind']]);
  const byKind = ACTIVITY_KINDS.map((k) => byKindMap.get(k) ?? { key: k, label: ACTIVITY_KIND_LABELS[k], activities: 0, salesVnd: 0, agreementValueVnd: 0 })
    .map((b) => (b.key === 'point-of-sale' ? { ...b, salesVnd: totals.pointSalesVnd } : b));
  const byRegion = [...buckets(activities, (a) => a.region || null, (k) => ({ vi: k, en: k })).values()].sort((a, b) => b.activities - a.activities || a.key.localeCompare(b.key));
  return { year, activities, totals, byMonth, byKind, byRegion };
}
