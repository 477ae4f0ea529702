import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Uuid } from '../../../shared/schema-types.ts';
import { ConferenceParams, Nullable } from './common.ts';
import { ScheduleEnd, ScheduleReport } from './meetings.ts';

export const SCHEDULE_RUN_STATUSES = ['running', 'done', 'failed'] as const;
export type ScheduleRunStatus = (typeof SCHEDULE_RUN_STATUSES)[number];

export const ScheduleRunInput = Type.Object(
  { timeLimitSeconds: Type.Optional(Type.Number({ minimum: 1, maximum: 120, description: 'Time budget of the search (default 10 s); a proven optimum ends it sooner' })) },
  { additionalProperties: false },
);
export type ScheduleRunInput = Static<typeof ScheduleRunInput>;

/** A moment of a run: the best schedule's value and the proven bound (locked meetings included). */
export const ScheduleProgressPoint = Type.Object({ ms: Type.Integer(), value: Type.Number(), bound: Type.Number() });
export type ScheduleProgressPoint = Static<typeof ScheduleProgressPoint>;

export const ScheduleRun = Type.Object({
  id: Uuid,
  conferenceId: Uuid,
  status: StringEnum(SCHEDULE_RUN_STATUSES, { description: 'running → done (the schedule written) | failed' }),
  timeLimitSeconds: Type.Number(),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  elapsedMs: Type.Integer(),
  stopRequested: Type.Boolean(),
  endedBy: Nullable(ScheduleEnd),
  value: Nullable(Type.Number()),
  bound: Nullable(Type.Number()),
  gap: Nullable(Type.Number()),
  progress: Type.Array(ScheduleProgressPoint),
  report: Nullable(ScheduleReport),
  error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
});
export type ScheduleRun = Static<typeof ScheduleRun>;
export const ScheduleRunList = Type.Object({ items: Type.Array(ScheduleRun) });
export type ScheduleRunList = Static<typeof ScheduleRunList>;
export const ScheduleRunParams = Type.Object({ conference: ConferenceParams.properties.conference, run: Uuid }, { additionalProperties: false });
