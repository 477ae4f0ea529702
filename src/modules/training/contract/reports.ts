import { Type, type Static } from '@sinclair/typebox';

const Labelled = Type.Object({ vi: Type.String(), en: Type.String() });

export const TrainingReportQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: "The year (default: this year in Vietnam)" })) }, { additionalProperties: false });
export type TrainingReportQuery = Static<typeof TrainingReportQuery>;

export const TrainingFigures = Type.Object({
  courses: Type.Integer(),
  /** Seated trainees (a person in two courses counts twice: these are places taken). */
  trainees: Type.Integer(),
  attendancePercent: Type.Integer({ description: 'Sessions attended (present or late) over trainees × sessions, rounded down' }),
  completed: Type.Integer(),
  completionPercent: Type.Integer({ description: "Trainees who meet their course's completion rule over trainees, rounded down" }),
  certificates: Type.Integer({ description: 'Certificates not revoked' }),
});
export type TrainingFigures = Static<typeof TrainingFigures>;

export const TrainingReportRow = Type.Composite([Type.Object({ key: Type.String(), label: Labelled }), TrainingFigures]);
export type TrainingReportRow = Static<typeof TrainingReportRow>;

export const TrainingReport = Type.Object({
  year: Type.Integer(),
  totals: TrainingFigures,
  byCourse: Type.Array(TrainingReportRow, { description: 'Key: the course slug; in the order of their first session' }),
  byTopic: Type.Array(TrainingReportRow),
  byAudience: Type.Array(TrainingReportRow),
  byProducerType: Type.Array(TrainingReportRow, { description: "Key 'none': trainees who came for no producer" }),
  byCommune: Type.Array(TrainingReportRow, { description: "Most trainees first; key '' when the commune was not given" }),
});
export type TrainingReport = Static<typeof TrainingReport>;
