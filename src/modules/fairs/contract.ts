import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, IsoDateTime, LocalizedOptionalText, LocalizedText, Name, Paged, StringEnum, Text, Uuid } from '../../shared/schema-types.ts';
import { ProductSummary } from '../catalogue/contract.ts';
import { EXHIBITOR_ZONES, SERVICES, ZONES } from './zones.ts';

export const FAIR_STATUSES = ['draft', 'applications-open', 'allocating', 'published', 'running', 'closed'] as const;
export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected', 'waitlisted', 'withdrawn'] as const;
export const PROGRAMME_KINDS = ['ceremony', 'performance', 'workshop', 'trade-session', 'other'] as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 3, maxLength: 80 });
const Vnd = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });

export const FairInput = Type.Object(
  {
    slug: Slug,
    name: LocalizedText(300),
    theme: Type.Optional(LocalizedOptionalText(500)),
    description: Type.Optional(LocalizedOptionalText()),
    venue: LocalizedText(300),
    venueAddress: Type.Optional(Text({ max: 500 })),
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
    startsOn: IsoDate,
    endsOn: IsoDate,
    opensAt: Type.Optional(TimeOfDay),
    closesAt: Type.Optional(TimeOfDay),
    maxStallsPerProducer: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    stallFeeVnd: Type.Optional(Vnd),
    subsidyPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    minStars: Type.Optional(Type.Integer({ minimum: 3, maximum: 5 })),
    holdHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
  },
  { additionalProperties: false },
);
export type FairInput = Static<typeof FairInput>;

export const FairUpdate = Type.Partial(
  Type.Composite([Type.Omit(FairInput, ['slug']), Type.Object({ status: StringEnum(FAIR_STATUSES) })]),
  { additionalProperties: false, minProperties: 1 },
);
export type FairUpdate = Static<typeof FairUpdate>;

/** A fair's figures, from one query wherever they are shown (reporting/fair-figures.ts). */
export const FairFigures = Type.Object({
  stalls: Type.Integer({ description: 'Stalls an exhibitor can have: in use, not the stage or a service area' }),
  occupiedStalls: Type.Integer({ description: 'Of those, held or confirmed' }),
  exhibitors: Type.Integer({ description: 'Applications with a confirmed stall' }),
  salesVnd: Type.Integer(),
  units: Type.Integer(),
  visitors: Type.Integer(),
});
export type FairFigures = Static<typeof FairFigures>;

export const Fair = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: LocalizedText(300),
  theme: LocalizedOptionalText(500),
  description: LocalizedOptionalText(),
  venue: LocalizedText(300),
  venueAddress: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  startsOn: IsoDate,
  endsOn: IsoDate,
  opensAt: Type.String(),
  closesAt: Type.String(),
  status: StringEnum(FAIR_STATUSES),
  maxStallsPerProducer: Type.Integer(),
  stallFeeVnd: Type.Integer(),
  subsidyPercent: Type.Integer(),
  minStars: Type.Integer(),
  holdHours: Type.Integer(),
  stallCount: Type.Integer({ description: 'Exhibitor stalls (= figures.stalls)' }),
  applicationCount: Type.Integer(),
  figures: FairFigures,
});
export type Fair = Static<typeof Fair>;
export const FairList = Type.Object({ items: Type.Array(Fair) });

export const FairKeyParams = Type.Object({ fair: Type.String({ pattern: '^[a-z0-9-]{3,80}$', description: 'id or slug' }) }, { additionalProperties: false });

export const StallShape = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{0,15}$' }),
    zone: StringEnum(ZONES),
    x: Type.Number({ minimum: -10_000, maximum: 10_000 }),
    y: Type.Number({ minimum: -10_000, maximum: 10_000 }),
    width: Type.Number({ exclusiveMinimum: 0, maximum: 50 }),
    depth: Type.Number({ exclusiveMinimum: 0, maximum: 50 }),
    corner: Type.Optional(Type.Boolean()),
    power: Type.Optional(Type.Boolean()),
    water: Type.Optional(Type.Boolean()),
    sizeClass: Type.Optional(StringEnum(['standard', 'large'] as const)),
    blocked: Type.Optional(Type.Boolean()),
    service: Type.Optional(Nullable(StringEnum(SERVICES, { description: 'What a service-zone stall offers (drawn on the plan); null elsewhere' }))),
  },
  { additionalProperties: false },
);
export type StallShape = Static<typeof StallShape>;

export const FloorPlanInput = Type.Object({ stalls: Type.Array(StallShape, { maxItems: 5000 }) }, { additionalProperties: false });
export type FloorPlanInput = Static<typeof FloorPlanInput>;

export const GenerateStreetInput = Type.Object(
  {
    lengthMetres: Type.Number({ minimum: 20, maximum: 3000 }),
    stallWidth: Type.Optional(Type.Number({ minimum: 2, maximum: 10 })),
    stallDepth: Type.Optional(Type.Number({ minimum: 2, maximum: 10 })),
    crossings: Type.Optional(Type.Array(Type.Number({ minimum: 0, maximum: 3000 }), { maxItems: 50, description: 'Positions (m) of cross streets left free' })),
    crossingWidth: Type.Optional(Type.Number({ minimum: 2, maximum: 40 })),
    stageAt: Type.Optional(Type.Number({ minimum: 0, maximum: 3000, description: 'Position (m) of the stage' })),
    stageLength: Type.Optional(Type.Number({ minimum: 4, maximum: 60 })),
    zones: Type.Array(Type.Object({ zone: StringEnum(EXHIBITOR_ZONES), share: Type.Number({ exclusiveMinimum: 0, maximum: 1 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 6 }),
    powerEvery: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Every n-th stall has power' })),
    waterEvery: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    services: Type.Optional(Type.Boolean({ description: 'Add an information desk and first aid at the start of the street and toilets at its end (default true)' })),
  },
  { additionalProperties: false },
);
export type GenerateStreetInput = Static<typeof GenerateStreetInput>;

export const FloorPlanStall = Type.Composite([
  Type.Object({ id: Uuid }),
  Type.Required(StallShape),
  Type.Object({
    neighbours: Type.Array(Type.String(), { description: 'Codes of adjacent stalls' }),
    // What the plan draws and searches; the exhibitor's details come on demand (GET …/stalls/:stall).
    exhibitor: Nullable(Type.Object({ producerName: Type.String(), origin: Type.Object({ vi: Type.String(), en: Type.String() }, { description: 'The province, or the country of a foreign exhibitor' }), status: StringEnum(['held', 'confirmed'] as const), productIds: Type.Array(Uuid, { description: 'The products shown at the stall' }) })),
  }),
]);
export type FloorPlanStall = Static<typeof FloorPlanStall>;
export const FloorPlan = Type.Object({ stalls: Type.Array(FloorPlanStall) });
export type FloorPlan = Static<typeof FloorPlan>;

export const StallUpdate = Type.Partial(Type.Omit(StallShape, ['code']), { additionalProperties: false, minProperties: 1 });
export type StallUpdate = Static<typeof StallUpdate>;
/** One edit of the plan's draft: the fields it changed, before and after (plan-draft/). */
export const PlanEdit = Type.Object({ stall: Uuid, code: Type.String(), before: StallUpdate, after: StallUpdate });
export type PlanEdit = Static<typeof PlanEdit>;
export const PlanDraft = Type.Object({
  stalls: Type.Array(FloorPlanStall, { description: 'The plan as it will be once the draft is published' }),
  edits: Type.Array(PlanEdit, { description: 'Unpublished edits, oldest first: undo drops the last' }),
  changed: Type.Array(Type.String(), { description: 'Codes of the stalls the draft changes' }),
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
});
export type PlanDraft = Static<typeof PlanDraft>;
export const StallParams = Type.Object({ fair: FairKeyParams.properties.fair, stall: Type.String({ pattern: '^[A-Za-z0-9-]{1,36}$', description: 'Stall id, or its code on public pages' }) }, { additionalProperties: false });
export const StallIdParams = Type.Object({ fair: FairKeyParams.properties.fair, stall: Uuid }, { additionalProperties: false });

export const ApplicationInput = Type.Object(
  {
    producerId: Type.Optional(Uuid),
    stallCount: Type.Integer({ minimum: 1, maximum: 2 }),
    productIds: Type.Array(Uuid, { minItems: 1, maxItems: 30, uniqueItems: true }),
    preferredZone: Type.Optional(Nullable(StringEnum(EXHIBITOR_ZONES))),
    needsPower: Type.Optional(Type.Boolean()),
    needsWater: Type.Optional(Type.Boolean()),
    note: Type.Optional(Text({ max: 2000 })),
  },
  { additionalProperties: false },
);
export type ApplicationInput = Static<typeof ApplicationInput>;

export const Application = Type.Object({
  id: Uuid,
  fairId: Uuid,
  producer: Type.Object({ id: Uuid, name: Type.String(), type: Type.String(), region: Nullable(Type.String()), country: Type.String(), province: Type.String() }),
  stallCount: Type.Integer(),
  preferredZone: Nullable(Type.String()),
  needsPower: Type.Boolean(),
  needsWater: Type.Boolean(),
  note: Type.String(),
  status: StringEnum(APPLICATION_STATUSES),
  decisionReason: Nullable(Type.String()),
  products: Type.Array(Type.Object({ id: Uuid, name: LocalizedText(300), categoryCode: Type.String(), stars: Nullable(Type.Integer()) })),
  stalls: Type.Array(Type.Object({ assignmentId: Uuid, id: Uuid, code: Type.String(), zone: Type.String(), status: Type.String(), holdExpiresAt: Nullable(Type.String()) })),
  createdAt: Type.String(),
});
export type Application = Static<typeof Application>;
export const ApplicationList = Paged(Application);
export type ApplicationList = Static<typeof ApplicationList>;

export const ApplicationListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(APPLICATION_STATUSES)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  },
  { additionalProperties: false },
);
export type ApplicationListQuery = Static<typeof ApplicationListQuery>;

export const DecisionInput = Type.Object(
  {
    applicationIds: Type.Array(Uuid, { minItems: 1, maxItems: 1000, uniqueItems: true }),
    decision: StringEnum(['approved', 'rejected', 'waitlisted'] as const),
    reason: Type.Optional(Text({ max: 1000 })),
  },
  { additionalProperties: false },
);
export type DecisionInput = Static<typeof DecisionInput>;

export const AllocationRunInput = Type.Object(
  {
    timeLimitSeconds: Type.Optional(Type.Number({ minimum: 1, maximum: 60, default: 10, description: 'Time budget of the run; at the limit the best plan found is kept (default 10 s)' })),
    keepOffers: Type.Optional(Type.Boolean({ description: 'Keep every held offer where it is and only place the others (default: true once the fair is published)' })),
  },
  { additionalProperties: false },
);
export type AllocationRunInput = Static<typeof AllocationRunInput>;

export const AllocationEnd = StringEnum(['proven-optimal', 'work-limit', 'time-limit', 'stopped'] as const);

export const AllocationReport = Type.Object({
  objective: Type.Number(),
  bound: Type.Number(),
  gap: Type.Number(),
  method: Type.String(),
  endedBy: AllocationEnd,
  placed: Type.Integer(),
  sameProvinceNeighbours: Type.Object(
    { before: Type.Integer(), after: Type.Integer() },
    { description: 'Neighbouring stalls held by two exhibitors of one province, before and after spreading provinces' },
  ),
  unplaced: Type.Array(Type.Object({ applicationId: Uuid, producerName: Type.String(), reason: Type.String() })),
  holdExpiresAt: Type.String(),
});
export type AllocationReport = Static<typeof AllocationReport>;

export const AllocationChange = Type.Object({
  applicationId: Uuid,
  producerName: Type.String(),
  kind: StringEnum(['new', 'moved', 'withdrawn'] as const),
  /** Stall codes before and after. */
  before: Type.Array(Type.String()),
  after: Type.Array(Type.String()),
});
export type AllocationChange = Static<typeof AllocationChange>;

export const AllocationRun = Type.Object({
  id: Uuid,
  fairId: Uuid,
  kind: StringEnum(['apply', 'proposal'] as const, { description: 'apply: written when it ends; proposal: reviewed, then applied' }),
  status: StringEnum(['running', 'applied', 'proposed', 'failed', 'discarded'] as const),
  keepOffers: Type.Boolean(),
  timeLimitSeconds: Type.Number(),
  startedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  elapsedMs: Type.Integer(),
  stopRequested: Type.Boolean(),
  endedBy: Type.Union([AllocationEnd, Type.Null()]),
  objective: Type.Union([Type.Number(), Type.Null()]),
  bound: Type.Union([Type.Number(), Type.Null()]),
  gap: Type.Union([Type.Number(), Type.Null()]),
  progress: Type.Array(Type.Object({ ms: Type.Integer(), objective: Type.Number(), bound: Type.Union([Type.Number(), Type.Null()]) })),
  report: Type.Union([AllocationReport, Type.Null()]),
  changes: Type.Union([Type.Array(AllocationChange), Type.Null()]),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});
export type AllocationRun = Static<typeof AllocationRun>;
export const AllocationRunParams = Type.Object({ fair: FairKeyParams.properties.fair, run: Uuid }, { additionalProperties: false });

export const HoldInput = Type.Object({ applicationId: Uuid }, { additionalProperties: false });
export const ApplicationParams = Type.Object({ fair: FairKeyParams.properties.fair, application: Uuid }, { additionalProperties: false });
export const AssignmentParams = Type.Object({ fair: FairKeyParams.properties.fair, assignment: Uuid }, { additionalProperties: false });
export const LockInput = Type.Object({ applicationId: Uuid, stallIds: Type.Array(Uuid, { minItems: 1, maxItems: 2, uniqueItems: true }) }, { additionalProperties: false });

export const ProgrammeItemInput = Type.Object(
  {
    stage: Type.Optional(Name(50)),
    kind: StringEnum(PROGRAMME_KINDS),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    title: LocalizedText(300),
    description: Type.Optional(LocalizedOptionalText(2000)),
  },
  { additionalProperties: false },
);
export type ProgrammeItemInput = Static<typeof ProgrammeItemInput>;
export const ProgrammeItem = Type.Object({
  id: Uuid,
  stage: Type.String(),
  kind: StringEnum(PROGRAMME_KINDS),
  startsAt: Type.String(),
  endsAt: Type.String(),
  title: LocalizedText(300),
  description: LocalizedOptionalText(2000),
});
export type ProgrammeItem = Static<typeof ProgrammeItem>;
export const ProgrammeParams = Type.Object({ fair: FairKeyParams.properties.fair, item: Uuid }, { additionalProperties: false });

export const DailyReportInput = Type.Object(
  {
    applicationId: Type.Optional(Uuid),
    day: IsoDate,
    checkIn: Type.Optional(Type.Boolean()),
    salesVnd: Type.Optional(Nullable(Vnd)),
    products: Type.Optional(Type.Array(Type.Object({ productId: Uuid, units: Type.Integer({ minimum: 0, maximum: 10_000_000 }), salesVnd: Type.Optional(Nullable(Vnd)) }, { additionalProperties: false }), { maxItems: 30 })),
  },
  { additionalProperties: false },
);
export type DailyReportInput = Static<typeof DailyReportInput>;
export const VisitorInput = Type.Object({ day: IsoDate, visitors: Type.Integer({ minimum: 0, maximum: 10_000_000 }) }, { additionalProperties: false });
export type VisitorInput = Static<typeof VisitorInput>;

const Total = Type.Object({ key: Type.String(), label: LocalizedText(300), salesVnd: Type.Integer(), units: Type.Integer() });
export const FairDashboard = Type.Object({
  days: Type.Array(Type.Object({ day: IsoDate, salesVnd: Type.Integer(), visitors: Nullable(Type.Integer()), checkedIn: Type.Integer() })),
  byZone: Type.Array(Total),
  byRegion: Type.Array(Total),
  byGroup: Type.Array(Total),
  byProducer: Type.Array(Total),
  totals: Type.Object({ salesVnd: Type.Integer(), visitors: Type.Integer(), exhibitors: Type.Integer(), reportsExpected: Type.Integer(), reportsReceived: Type.Integer() }),
  figures: FairFigures,
});
export type FairDashboard = Static<typeof FairDashboard>;

export const StallPage = Type.Object({
  stall: Type.Object({ id: Uuid, code: Type.String(), zone: Type.String(), service: Nullable(StringEnum(SERVICES)) }),
  exhibitor: Nullable(Type.Object({
    producerId: Uuid, producerName: Type.String(),
    origin: Type.Object({ vi: Type.String(), en: Type.String() }, { description: 'The province, or the country of a foreign exhibitor' }),
    products: Type.Array(ProductSummary),
  })),
});
export type StallPage = Static<typeof StallPage>;
