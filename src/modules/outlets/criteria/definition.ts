import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, StringEnum } from '../../../shared/schema-types.ts';
import { POINT_KINDS } from '../domain/point-kinds.ts';

/**
 * A set of criteria as data (bộ tiêu chí): what a surveyor answers and how the answers are judged.
 * Organizers publish new versions from the back office; every survey keeps the version it was made
 * with. The engine (evaluate-criteria.ts) knows only this shape, so other modules can score
 * anything against a definition (the tourism module scores creative design centres with 6385).
 */

export const ANSWER_TYPES = ['yes-no', 'number', 'choice', 'photo', 'note'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The local numeric rules an item can take its threshold from. */
export const LOCAL_RULES = ['min-area-by-kind', 'min-ocop-share'] as const;
export type LocalRule = (typeof LOCAL_RULES)[number];

const Code = Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9][A-Za-z0-9.\\-]*$' });
const Points = Type.Number({ minimum: 0, maximum: 1000 });

export const CriteriaChoice = Type.Object({
  value: Code,
  label: LocalizedText(300),
  /** Points earned by this choice (scored items). */
  points: Type.Optional(Points),
  /** For a knock-out item: false marks the choices that fail it. Default true. */
  passes: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const CriteriaItem = Type.Object({
  code: Code,
  text: LocalizedText(600),
  help: Type.Optional(LocalizedText(1000)),
  answer: StringEnum(ANSWER_TYPES),
  /** Failing it makes the point not eligible, whatever the score (950's criteria, 6385's mandatory items). */
  knockOut: Type.Optional(Type.Boolean()),
  /** The surveyor may answer "not applicable"; the item then leaves the denominator. */
  notApplicableAllowed: Type.Optional(Type.Boolean()),
  /** An item that must be answered before the survey can be sent. Default true, except notes. */
  required: Type.Optional(Type.Boolean()),
  /** Points for a yes, or the most a number or choice can earn (scored items only). */
  points: Type.Optional(Points),
  /** Number items: the unit shown beside the field (m², %, …). */
  unit: Type.Optional(LocalizedText(40)),
  /** Number items: the least value that passes (or earns the points). */
  min: Type.Optional(Type.Number()),
  /** Number items: take `min` from a local rule of this version instead. */
  rule: Type.Optional(StringEnum(LOCAL_RULES)),
  /** Number items: points by band; the highest band whose `min` is reached counts. */
  bands: Type.Optional(Type.Array(Type.Object({ min: Type.Number(), points: Points }, { additionalProperties: false }), { minItems: 1, maxItems: 20 })),
  choices: Type.Optional(Type.Array(CriteriaChoice, { minItems: 2, maxItems: 30 })),
  /** Photo items: photos needed to pass (default 1). */
  minPhotos: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
}, { additionalProperties: false });

export const CriteriaSection = Type.Object({
  code: Code,
  title: LocalizedText(300),
  /** Scored sections: the points the section is worth (its items' points add up to it). */
  maxPoints: Type.Optional(Points),
  items: Type.Array(CriteriaItem, { minItems: 1, maxItems: 100 }),
}, { additionalProperties: false });

export const CriteriaSource = Type.Object({
  /** e.g. "Quyết định 950/QĐ-BCT ngày 18/04/2023 của Bộ Công Thương" */
  title: Type.String({ minLength: 1, maxLength: 500 }),
  url: Type.Optional(Type.String({ maxLength: 1000 })),
  /** What was taken from it, and what still needs checking against the official text. */
  note: Type.Optional(LocalizedText(2000)),
}, { additionalProperties: false });

const KindNumbers = Type.Object(Object.fromEntries(POINT_KINDS.map((kind) => [kind, Type.Optional(Type.Number({ minimum: 0 }))])), { additionalProperties: false });

export const CriteriaDefinition = Type.Object({
  title: LocalizedText(300),
  /** Which kinds of point this set is for: a survey of such a point uses its latest version. */
  appliesTo: Type.Array(StringEnum(POINT_KINDS), { minItems: 1 }),
  sources: Type.Array(CriteriaSource, { minItems: 1, maxItems: 20 }),
  /** A checklist judges by knock-out items alone; a scorecard also needs `passMark` out of `maxPoints`. */
  scoring: Type.Union([
    Type.Object({ kind: Type.Literal('checklist') }, { additionalProperties: false }),
    Type.Object({ kind: Type.Literal('points'), maxPoints: Points, passMark: Points }, { additionalProperties: false }),
  ]),
  localRules: Type.Object({
    /** Least floor area (m²) by kind of point. */
    minAreaM2ByKind: Type.Optional(KindNumbers),
    /** Least share (%) of OCOP (≥ 3★, certificate in force) products among the product lines on sale. */
    minOcopSharePercent: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  }, { additionalProperties: false }),
  sections: Type.Array(CriteriaSection, { minItems: 1, maxItems: 30 }),
}, { additionalProperties: false });

export type CriteriaDefinition = Static<typeof CriteriaDefinition>;
export type CriteriaSection = Static<typeof CriteriaSection>;
export type CriteriaItem = Static<typeof CriteriaItem>;

/** One answer. `value` is a boolean (yes/no), a number, a choice's value, photo file ids or a note's text. */
export const CriteriaAnswer = Type.Object({
  value: Type.Optional(Type.Union([Type.Boolean(), Type.Number(), Type.String({ maxLength: 4000 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })])),
  notApplicable: Type.Optional(Type.Boolean()),
  note: Type.Optional(Type.String({ maxLength: 4000 })),
}, { additionalProperties: false });
export type CriteriaAnswer = Static<typeof CriteriaAnswer>;

export const CriteriaAnswers = Type.Record(Code, CriteriaAnswer);
export type CriteriaAnswers = Record<string, CriteriaAnswer>;
