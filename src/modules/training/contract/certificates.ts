import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedText, Name, StringEnum, Uuid } from '../../../shared/schema-types.ts';
import { TOPICS } from '../domain/values.ts';

const Instant = Type.String({ format: 'date-time' });
const NullableString = (schema = Type.String()) => Type.Union([schema, Type.Null()]);

export const CertificateParams = Type.Object({ code: Type.String({ minLength: 20, maxLength: 40, pattern: '^[A-Za-z0-9 -]+$', description: 'The certificate code (case, spaces and dashes ignored)' }) }, { additionalProperties: false });
export const CertificatePdfQuery = Type.Object({ lang: Type.Optional(StringEnum(['vi', 'en'] as const, { description: "The certificate's language (default: the request's)" })) }, { additionalProperties: false });

export const AssessmentInput = Type.Object({ passed: Type.Union([Type.Boolean(), Type.Null()], { description: 'The final assessment passed, failed, or not taken (null)' }) }, { additionalProperties: false });
export type AssessmentInput = Static<typeof AssessmentInput>;

export const RevokeInput = Type.Object({ reason: Name(500) }, { additionalProperties: false });
export type RevokeInput = Static<typeof RevokeInput>;

export const COMPLETION_GAPS = ['no_sessions', 'attendance', 'assessment'] as const;

export const CompletionRow = Type.Object({
  enrolmentId: Uuid,
  fullName: Type.String(),
  sessions: Type.Integer(),
  attended: Type.Integer(),
  attendancePercent: Type.Integer(),
  assessmentPassed: Type.Union([Type.Boolean(), Type.Null()]),
  completed: Type.Boolean(),
  gaps: Type.Array(StringEnum(COMPLETION_GAPS)),
  certificateCode: NullableString(),
  certificateRevoked: Type.Boolean(),
});
export type CompletionRow = Static<typeof CompletionRow>;
export const CourseCompletion = Type.Object({
  minAttendancePercent: Type.Integer(),
  assessmentRequired: Type.Boolean(),
  sessions: Type.Integer(),
  items: Type.Array(CompletionRow),
});
export type CourseCompletion = Static<typeof CourseCompletion>;

export const IssueResult = Type.Object({
  issued: Type.Array(Type.Object({ enrolmentId: Uuid, code: Type.String() })),
  alreadyIssued: Type.Integer(),
  notCompleted: Type.Integer(),
});
export type IssueResult = Static<typeof IssueResult>;

/** The public verification of a certificate (no sign-in). */
export const CertificateCheck = Type.Object({
  code: Type.String(),
  status: StringEnum(['valid', 'revoked'] as const),
  message: Type.String({ description: "The verdict in the request's language" }),
  holderName: Type.String(),
  course: Type.Object({ slug: Type.String(), name: LocalizedText(300), topic: StringEnum(TOPICS) }),
  issuedOn: IsoDate,
  attendancePercent: Type.Integer(),
  revokedAt: NullableString(Instant),
  revokedOn: NullableString(IsoDate),
  revokedReason: NullableString(),
  verifyUrl: Type.String(),
  checkedAt: Instant,
});
export type CertificateCheck = Static<typeof CertificateCheck>;

export const CertificateSummary = Type.Object({
  code: Type.String(),
  enrolmentId: Uuid,
  holderName: Type.String(),
  course: Type.Object({ slug: Type.String(), name: LocalizedText(300) }),
  issuedOn: IsoDate,
  attendancePercent: Type.Integer(),
  revokedAt: NullableString(Instant),
  revokedReason: NullableString(),
});
export type CertificateSummary = Static<typeof CertificateSummary>;
export const CertificateList = Type.Object({ items: Type.Array(CertificateSummary) });
export type CertificateList = Static<typeof CertificateList>;
