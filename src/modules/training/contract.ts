import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { FileInfo } from '../files/contract.ts';
import { IsoDate, LocalizedOptionalText, LocalizedText, Name, StringEnum, Uuid } from '../../shared/schema-types.ts';
import { AUDIENCES, COURSE_STATUSES, ENROLMENT_SOURCES, ENROLMENT_STATUSES, TOPICS } from './domain/values.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm, Vietnam time' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 3, maxLength: 80 });
const HttpUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 });

export const CourseParams = Type.Object({ course: Type.String({ pattern: '^[a-z0-9-]{3,80}$', description: 'id or slug' }) }, { additionalProperties: false });
export const SessionParams = Type.Object({ course: CourseParams.properties.course, session: Uuid }, { additionalProperties: false });

export const CourseLinkSchema = Type.Object({ title: LocalizedText(200), url: HttpUrl }, { additionalProperties: false });

const CourseFields = {
  name: LocalizedText(300),
  description: Type.Optional(LocalizedOptionalText()),
  topic: StringEnum(TOPICS),
  audiences: Type.Array(StringEnum(AUDIENCES), { minItems: 1, maxItems: 4, uniqueItems: true }),
  trainers: Type.Optional(Type.Array(Name(200), { maxItems: 20 })),
  links: Type.Optional(Type.Array(CourseLinkSchema, { maxItems: 20 })),
  materialFileIds: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: 'Uploaded files (POST /api/files), in order' })),
  capacity: Type.Integer({ minimum: 1, maximum: 1000 }),
  minAttendancePercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  assessmentRequired: Type.Optional(Type.Boolean()),
};

export const CourseInput = Type.Object({ slug: Slug, ...CourseFields }, { additionalProperties: false });
export type CourseInput = Static<typeof CourseInput>;

export const CourseUpdate = Type.Partial(Type.Object({ ...CourseFields, status: StringEnum(COURSE_STATUSES) }), { additionalProperties: false, minProperties: 1 });
export type CourseUpdate = Static<typeof CourseUpdate>;

export const SessionInput = Type.Object({
  title: Type.Optional(LocalizedOptionalText(300)),
  day: IsoDate,
  startsAt: TimeOfDay,
  endsAt: TimeOfDay,
  venue: Type.Optional(LocalizedOptionalText(300)),
  pointId: Type.Optional(Nullable(Uuid)),
  craftVillageId: Type.Optional(Nullable(Uuid)),
  onlineUrl: Type.Optional(Nullable(HttpUrl)),
}, { additionalProperties: false });
export type SessionInput = Static<typeof SessionInput>;

export const Session = Type.Object({
  id: Uuid,
  title: LocalizedOptionalText(300),
  day: IsoDate,
  startsAt: Type.String(),
  endsAt: Type.String(),
  startsAtInstant: Type.String({ format: 'date-time' }),
  endsAtInstant: Type.String({ format: 'date-time' }),
  venue: LocalizedOptionalText(300),
  point: Nullable(Type.Object({ id: Uuid, slug: Type.String(), name: LocalizedText(300) })),
  craftVillage: Nullable(Type.Object({ id: Uuid, name: LocalizedText(300) })),
  onlineUrl: Nullable(Type.String()),
});
export type Session = Static<typeof Session>;

const CourseSummaryFields = {
  id: Uuid,
  slug: Type.String(),
  name: LocalizedText(300),
  topic: StringEnum(TOPICS),
  audiences: Type.Array(StringEnum(AUDIENCES)),
  capacity: Type.Integer(),
  enrolledCount: Type.Integer(),
  waitlistCount: Type.Integer(),
  seatsLeft: Type.Integer(),
  status: StringEnum(COURSE_STATUSES),
  firstDay: Nullable(IsoDate),
  lastDay: Nullable(IsoDate),
  sessionCount: Type.Integer(),
};

export const CourseSummary = Type.Object(CourseSummaryFields);
export type CourseSummary = Static<typeof CourseSummary>;
export const CourseList = Type.Object({ items: Type.Array(CourseSummary) });
export type CourseList = Static<typeof CourseList>;

export const Course = Type.Object({
  ...CourseSummaryFields,
  description: LocalizedOptionalText(),
  trainers: Type.Array(Type.String()),
  links: Type.Array(CourseLinkSchema),
  materials: Type.Array(FileInfo),
  minAttendancePercent: Type.Integer(),
  assessmentRequired: Type.Boolean(),
  nextStatuses: Type.Array(StringEnum(COURSE_STATUSES)),
  sessions: Type.Array(Session),
});
export type Course = Static<typeof Course>;

export const CourseListQuery = Type.Object({
  topic: Type.Optional(StringEnum(TOPICS)),
  audience: Type.Optional(StringEnum(AUDIENCES)),
  all: Type.Optional(Type.Boolean({ description: 'Staff: drafts too' })),
}, { additionalProperties: false });

export const Created = Type.Object({ id: Uuid, slug: Type.String() });
export const CreatedId = Type.Object({ id: Uuid });

export const EnrolmentParams = Type.Object({ course: CourseParams.properties.course, enrolment: Uuid }, { additionalProperties: false });

/** A trainee enrolled by an organizer (or a row of an .xlsx list). */
export const TraineeInput = Type.Object({
  fullName: Name(200),
  email: Type.Optional(Type.Union([Type.Literal(''), Type.String({ format: 'email', maxLength: 254 })])),
  phone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[0-9 +().-]*$' })),
  commune: Type.Optional(Type.String({ maxLength: 200 })),
  audience: StringEnum(AUDIENCES),
  producerId: Type.Optional(Nullable(Uuid)),
  pointId: Type.Optional(Nullable(Uuid)),
}, { additionalProperties: false });
export type TraineeInput = Static<typeof TraineeInput>;

export const EnrolmentResult = Type.Object({ id: Uuid, status: StringEnum(ENROLMENT_STATUSES), waitlistPosition: Nullable(Type.Integer()) });
export type EnrolmentResult = Static<typeof EnrolmentResult>;

export const Enrolment = Type.Object({
  id: Uuid,
  fullName: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  commune: Type.String(),
  audience: StringEnum(AUDIENCES),
  status: StringEnum(ENROLMENT_STATUSES),
  source: StringEnum(ENROLMENT_SOURCES),
  userId: Nullable(Uuid),
  producerId: Nullable(Uuid),
  pointId: Nullable(Uuid),
  waitlistPosition: Nullable(Type.Integer()),
  assessmentPassed: Nullable(Type.Boolean()),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Enrolment = Static<typeof Enrolment>;
export const EnrolmentList = Type.Object({ items: Type.Array(Enrolment) });
export type EnrolmentList = Static<typeof EnrolmentList>;

export const MyEnrolment = Type.Object({ id: Uuid, status: StringEnum(ENROLMENT_STATUSES), waitlistPosition: Nullable(Type.Integer()), course: CourseSummary });
export const MyEnrolmentList = Type.Object({ items: Type.Array(MyEnrolment) });
export type MyEnrolmentList = Static<typeof MyEnrolmentList>;

export * from './contract/attendance.ts';
export * from './contract/certificates.ts';
export * from './contract/reports.ts';
export * from './contract/trainee-record.ts';
