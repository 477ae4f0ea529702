import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedText, StringEnum, Uuid } from '../../../shared/schema-types.ts';
import { ENROLMENT_STATUSES } from '../domain/values.ts';

export const TraineeRecordQuery = Type.Object({
  producer: Type.Optional(Uuid),
  point: Type.Optional(Uuid),
}, { additionalProperties: false, description: 'One of the two: the producer (chủ thể OCOP) or the point of sale whose trainees to list' });
export type TraineeRecordQuery = Static<typeof TraineeRecordQuery>;

export const TraineeRecordItem = Type.Object({
  enrolmentId: Uuid,
  fullName: Type.String(),
  status: StringEnum(ENROLMENT_STATUSES.filter((s) => s !== 'cancelled')),
  course: Type.Object({ slug: Type.String(), name: LocalizedText(300), firstDay: Type.Union([IsoDate, Type.Null()]), lastDay: Type.Union([IsoDate, Type.Null()]) }),
  certificate: Type.Union([Type.Object({ code: Type.String(), issuedOn: IsoDate, revoked: Type.Boolean() }), Type.Null()]),
});
export const TraineeRecord = Type.Object({ items: Type.Array(TraineeRecordItem) });
export type TraineeRecord = Static<typeof TraineeRecord>;
