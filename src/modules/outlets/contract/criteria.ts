import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Uuid } from '../../../shared/schema-types.ts';
import { CriteriaAnswers, CriteriaDefinition } from '../criteria/definition.ts';
import { POINT_KINDS } from '../domain/point-kinds.ts';

export { CriteriaAnswers, CriteriaDefinition };

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const CriteriaVersionSummary = Type.Object({
  id: Uuid,
  set: Type.String(),
  version: Type.Integer(),
  status: StringEnum(['draft', 'published'] as const),
  title: Localized,
  appliesTo: Type.Array(StringEnum(POINT_KINDS)),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  surveys: Type.Integer({ description: 'surveys made with this version' }),
});
export type CriteriaVersionSummary = Static<typeof CriteriaVersionSummary>;
export const CriteriaVersionList = Type.Object({ items: Type.Array(CriteriaVersionSummary) });

export const CriteriaVersion = Type.Object({ ...CriteriaVersionSummary.properties, definition: CriteriaDefinition });
export type CriteriaVersion = Static<typeof CriteriaVersion>;

export const CriteriaDraftInput = Type.Object({
  set: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 3, maxLength: 60 }),
  /** Leave out to start from the set's latest published version. */
  definition: Type.Optional(CriteriaDefinition),
}, { additionalProperties: false });
export type CriteriaDraftInput = Static<typeof CriteriaDraftInput>;

export const CriteriaDraftUpdate = Type.Object({ definition: CriteriaDefinition }, { additionalProperties: false });

export const EvaluateInput = Type.Object({
  answers: CriteriaAnswers,
  kind: Type.Optional(StringEnum(POINT_KINDS)),
}, { additionalProperties: false });

const Outcome = StringEnum(['passed', 'failed', 'not-applicable', 'unanswered', 'recorded'] as const);

export const Evaluation = Type.Object({
  complete: Type.Boolean(),
  eligible: Type.Boolean(),
  problems: Type.Array(Type.Object({ code: Type.String(), problem: Type.String(), message: Localized })),
  knockOuts: Type.Array(Type.Object({ code: Type.String(), text: Localized, outcome: Outcome, reason: Type.Union([Localized, Type.Null()]) })),
  items: Type.Array(Type.Object({
    code: Type.String(), outcome: Outcome, knockOut: Type.Boolean(), earned: Type.Number(), possible: Type.Number(), threshold: Type.Union([Type.Number(), Type.Null()]),
  })),
  sections: Type.Array(Type.Object({
    code: Type.String(), title: Localized, earned: Type.Number(), possible: Type.Number(), maxPoints: Type.Number(), score: Type.Union([Type.Number(), Type.Null()]),
  })),
  total: Type.Object({
    earned: Type.Number(), possible: Type.Number(), maxPoints: Type.Number(), score: Type.Union([Type.Number(), Type.Null()]), passMark: Type.Union([Type.Number(), Type.Null()]),
  }),
  suggestedDecision: StringEnum(['approve', 'improve', 'reject', 'incomplete'] as const),
  reasons: Type.Array(Localized),
});
