import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, IsoDateTime, Name, Page, StringEnum, Uuid } from '../../../shared/schema-types.ts';
import { CriteriaAnswers, CriteriaDefinition } from '../criteria/definition.ts';
import { PointKindSchema, PointStatusSchema } from './points.ts';
import { Evaluation } from './criteria.ts';

export const SURVEY_STATUSES = ['assigned', 'submitted', 'has-issues', 'approved', 'rejected'] as const;
export const SurveyStatusSchema = StringEnum(SURVEY_STATUSES);
const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const SurveyParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const SurveyAssignInput = Type.Object({
  surveyorId: Uuid,
  /** A published version; by default the newest that applies to the point's kind. */
  criteriaVersionId: Type.Optional(Uuid),
  dueOn: Type.Optional(IsoDate),
}, { additionalProperties: false });
export type SurveyAssignInput = Static<typeof SurveyAssignInput>;

export const Position = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
  accuracyM: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000 })),
}, { additionalProperties: false });

export const SurveySubmissionInput = Type.Object({
  /** Made on the phone when the surveyor presses "send"; sending it again changes nothing. */
  submissionId: Uuid,
  answers: CriteriaAnswers,
  position: Type.Optional(Position),
  /** When the surveyor finished answering, on the phone (it may be sent much later). */
  answeredAt: Type.Optional(IsoDateTime),
}, { additionalProperties: false });
export type SurveySubmissionInput = Static<typeof SurveySubmissionInput>;

export const SurveyReviewInput = Type.Object({
  outcome: StringEnum(['has-issues', 'approved', 'rejected'] as const),
  comment: Name(4000),
}, { additionalProperties: false });
export type SurveyReviewInput = Static<typeof SurveyReviewInput>;

export const SurveyReview = Type.Object({ outcome: Type.String(), comment: Type.String(), reviewerEmail: Type.String(), at: Type.String({ format: 'date-time' }) });

export const SurveySummary = Type.Object({
  id: Uuid,
  status: SurveyStatusSchema,
  point: Type.Object({ id: Uuid, slug: Type.String(), name: Localized, kind: PointKindSchema, status: PointStatusSchema, address: Type.String(), commune: Type.String(), latitude: Type.Number(), longitude: Type.Number() }),
  criteria: Type.Object({ id: Uuid, set: Type.String(), version: Type.Integer(), title: Localized }),
  surveyor: Type.Object({ id: Uuid, displayName: Type.String(), email: Type.String() }),
  dueOn: Type.Union([Type.String(), Type.Null()]),
  assignedAt: Type.String({ format: 'date-time' }),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  score: Type.Union([Type.Number(), Type.Null()]),
  eligible: Type.Union([Type.Boolean(), Type.Null()]),
  suggestedDecision: Type.Union([Type.String(), Type.Null()]),
});
export type SurveySummary = Static<typeof SurveySummary>;

export const SurveyListQuery = Type.Object({
  ...Page.properties,
  status: Type.Optional(SurveyStatusSchema),
  pointId: Type.Optional(Uuid),
}, { additionalProperties: false });
export type SurveyListQuery = Static<typeof SurveyListQuery>;
export const SurveyList = Type.Object({ items: Type.Array(SurveySummary), total: Type.Integer() });

export const Survey = Type.Object({
  ...SurveySummary.properties,
  definition: CriteriaDefinition,
  answers: CriteriaAnswers,
  result: Type.Union([Evaluation, Type.Null()]),
  position: Type.Union([Position, Type.Null()]),
  answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  reviews: Type.Array(SurveyReview),
  /** The surveyor may (re)send answers now. */
  open: Type.Boolean(),
});
export type Survey = Static<typeof Survey>;

export const SubmissionReceipt = Type.Object({
  surveyId: Uuid,
  status: SurveyStatusSchema,
  /** True when this submission id had been received before: nothing changed. */
  duplicate: Type.Boolean(),
  result: Evaluation,
});
export type SubmissionReceipt = Static<typeof SubmissionReceipt>;
