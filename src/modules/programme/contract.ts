import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedOptionalText, LocalizedText, Name, StringEnum, Uuid } from '../../shared/schema-types.ts';
import { FILE_REF_PATTERN } from '../files/file-urls.ts';
import { ACTIVITY_KINDS, BUDGET_SOURCES, MILESTONE_STAGES, PLANNED_ACTIVITY_KINDS, PROJECT_STATUSES } from './domain.ts';

const Vnd = Type.Integer({ minimum: 0, maximum: 1e15 });
const Milestone = Type.Object({ stage: StringEnum(MILESTONE_STAGES), dueOn: IsoDate, doneOn: Type.Union([IsoDate, Type.Null()]), note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
const BudgetLine = Type.Object({ label: LocalizedText(300), source: StringEnum(BUDGET_SOURCES), plannedVnd: Vnd, spentVnd: Vnd }, { additionalProperties: false });

export const ProjectInput = Type.Object({
  title: LocalizedText(300),
  description: Type.Optional(LocalizedOptionalText(5000)),
  owner: Name(300),
  partners: Type.Optional(Type.Array(Name(300), { maxItems: 30 })),
  status: StringEnum(PROJECT_STATUSES),
  pointId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  startsOn: IsoDate,
  endsOn: IsoDate,
  milestones: Type.Array(Milestone, { maxItems: MILESTONE_STAGES.length }),
  budgetLines: Type.Array(BudgetLine, { maxItems: 100 }),
  documents: Type.Optional(Type.Array(Type.String({ pattern: FILE_REF_PATTERN }), { maxItems: 50, uniqueItems: true })),
  published: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type ProjectInput = Static<typeof ProjectInput>;

export const Project = Type.Object({
  id: Uuid,
  slug: Type.String(),
  title: LocalizedText(300),
  description: LocalizedOptionalText(5000),
  owner: Type.String(),
  partners: Type.Array(Type.String()),
  status: Type.String(),
  pointId: Type.Union([Uuid, Type.Null()]),
  startsOn: Type.String(),
  endsOn: Type.String(),
  milestones: Type.Array(Type.Object({ stage: Type.String(), dueOn: Type.String(), doneOn: Type.Union([Type.String(), Type.Null()]), note: Type.String(), late: Type.Boolean() })),
  budgetLines: Type.Array(Type.Object({ label: LocalizedText(300), source: Type.String(), plannedVnd: Type.Integer(), spentVnd: Type.Integer() })),
  budget: Type.Object({ plannedVnd: Type.Integer(), spentVnd: Type.Integer() }),
  documents: Type.Array(Type.String()),
  published: Type.Boolean(),
});
export type Project = Static<typeof Project>;
export const ProjectList = Type.Object({ items: Type.Array(Project) });
export const ProjectKeyParams = Type.Object({ project: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const ActivityPlanParams = Type.Object({ kind: StringEnum(PLANNED_ACTIVITY_KINDS), id: Uuid }, { additionalProperties: false });
export const ActivityPlanInput = Type.Object({ owner: Name(300), budgetVnd: Vnd }, { additionalProperties: false });
export type ActivityPlanInput = Static<typeof ActivityPlanInput>;

/** Results of one activity, each from its module's own figures (absent: not that kind's). */
export const ActivityResults = Type.Object({
  stalls: Type.Optional(Type.Integer()),
  exhibitors: Type.Optional(Type.Integer()),
  visitors: Type.Optional(Type.Integer()),
  salesVnd: Type.Optional(Type.Integer()),
  mous: Type.Optional(Type.Integer()),
  contracts: Type.Optional(Type.Integer()),
  agreementValueVnd: Type.Optional(Type.Integer()),
  meetingsHeld: Type.Optional(Type.Integer()),
  operating: Type.Optional(Type.Boolean()),
  spentVnd: Type.Optional(Type.Integer()),
  milestonesDone: Type.Optional(Type.Integer()),
  sessions: Type.Optional(Type.Integer()),
  trainees: Type.Optional(Type.Integer()),
  completed: Type.Optional(Type.Integer()),
  /** Sessions attended (present or late), summed over the trainees. */
  attended: Type.Optional(Type.Integer()),
  /** Sessions attended (present or late) over trainees × sessions, rounded down. */
  attendancePercent: Type.Optional(Type.Integer()),
  completionPercent: Type.Optional(Type.Integer()),
  certificates: Type.Optional(Type.Integer()),
  guests: Type.Optional(Type.Integer()),
});
export type ActivityResults = Static<typeof ActivityResults>;

export const Activity = Type.Object({
  kind: StringEnum(ACTIVITY_KINDS),
  id: Uuid,
  slug: Type.String(),
  name: LocalizedText(300),
  owner: Type.Union([Type.String(), Type.Null()]),
  startsOn: Type.Union([Type.String(), Type.Null()]),
  endsOn: Type.Union([Type.String(), Type.Null()]),
  budgetVnd: Type.Union([Type.Integer(), Type.Null()]),
  status: Type.String(),
  /** Where it happens: a fair's or conference's venue, a point's commune. */
  region: Type.String(),
  results: ActivityResults,
});
export type Activity = Static<typeof Activity>;

export const DashboardTotals = Type.Object({
  fairs: Type.Integer(), stalls: Type.Integer(), exhibitors: Type.Integer(), visitors: Type.Integer(), fairSalesVnd: Type.Integer(),
  conferences: Type.Integer(), meetingsHeld: Type.Integer(), mous: Type.Integer(), contracts: Type.Integer(), agreementValueVnd: Type.Integer(),
  pointsOperating: Type.Integer(), pointSalesVnd: Type.Integer(),
  courses: Type.Integer(), trainees: Type.Integer(), traineesCompleted: Type.Integer(), attendancePercent: Type.Integer(), completionPercent: Type.Integer(), certificates: Type.Integer(),
  openings: Type.Integer(), openingGuests: Type.Integer(),
  projects: Type.Integer(), projectBudgetVnd: Type.Integer(), projectSpentVnd: Type.Integer(),
  budgetVnd: Type.Integer(),
});
export type DashboardTotals = Static<typeof DashboardTotals>;

const Bucket = Type.Object({ key: Type.String(), label: LocalizedText(300), activities: Type.Integer(), salesVnd: Type.Integer(), agreementValueVnd: Type.Integer() });
export type Bucket = Static<typeof Bucket>;

export const ProgrammeDashboard = Type.Object({
  year: Type.Integer(),
  activities: Type.Array(Activity),
  totals: DashboardTotals,
  byMonth: Type.Array(Bucket),
  byKind: Type.Array(Bucket),
  byRegion: Type.Array(Bucket),
});
export type ProgrammeDashboard = Static<typeof ProgrammeDashboard>;
export const DashboardQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }, { additionalProperties: false });
