import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedText, Name, StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';
import { AGREEMENT_KINDS, BUYER_KINDS, FOLLOW_UP_STATUSES } from '../domain/values.ts';
import { Nullable, Vnd } from './common.ts';

export const AgreementInput = Type.Object(
  {
    producerId: Uuid, buyerOrganisationId: Uuid, meetingId: Type.Optional(Nullable(Uuid)), kind: StringEnum(AGREEMENT_KINDS),
    productIds: Type.Optional(Type.Array(Uuid, { maxItems: 30, uniqueItems: true })), volume: Type.Optional(Text({ max: 300 })), valueVnd: Vnd,
    signedOn: IsoDate, followUpStatus: Type.Optional(StringEnum(FOLLOW_UP_STATUSES)), followUpOn: Type.Optional(Nullable(IsoDate)), note: Type.Optional(Text({ max: 2000 })),
  },
  { additionalProperties: false },
);
export type AgreementInput = Static<typeof AgreementInput>;
export const AgreementUpdate = Type.Object(
  { followUpStatus: Type.Optional(StringEnum(FOLLOW_UP_STATUSES)), followUpOn: Type.Optional(Nullable(IsoDate)), note: Type.Optional(Text({ max: 2000 })), valueVnd: Type.Optional(Vnd) },
  { additionalProperties: false, minProperties: 1 },
);
export type AgreementUpdate = Static<typeof AgreementUpdate>;

export const Agreement = Type.Object({
  id: Uuid, producerId: Uuid, producerName: Type.String(), producerProvince: Type.String(), buyerOrganisationId: Uuid, buyerName: Type.String(), buyerKind: StringEnum(BUYER_KINDS),
  meetingId: Nullable(Uuid), kind: StringEnum(AGREEMENT_KINDS), productIds: Type.Array(Uuid), productGroups: Type.Array(Type.String()), volume: Type.String(), valueVnd: Type.Integer(),
  signedOn: IsoDate, followUpStatus: StringEnum(FOLLOW_UP_STATUSES), followUpOn: Nullable(IsoDate), note: Type.String(),
});
export type Agreement = Static<typeof Agreement>;
export const AgreementList = Type.Object({ items: Type.Array(Agreement) });
export type AgreementList = Static<typeof AgreementList>;

export const FrameworkAgreementInput = Type.Object(
  { province: Type.Optional(Name(100)), partnerProvince: Name(100), title: LocalizedText(300), signedOn: IsoDate },
  { additionalProperties: false },
);
export type FrameworkAgreementInput = Static<typeof FrameworkAgreementInput>;
export const FrameworkAgreement = Type.Object({ id: Uuid, province: Type.String(), partnerProvince: Type.String(), title: LocalizedText(300), signedOn: IsoDate });
export type FrameworkAgreement = Static<typeof FrameworkAgreement>;
export const FrameworkAgreementList = Type.Object({ items: Type.Array(FrameworkAgreement) });
export type FrameworkAgreementList = Static<typeof FrameworkAgreementList>;

const Row = Type.Object({ key: Type.String(), label: Type.Object({ vi: Type.String(), en: Type.String() }), meetings: Type.Integer(), agreements: Type.Integer(), valueVnd: Type.Integer() });
export const ConferenceDashboard = Type.Object({
  meetings: Type.Object({ scheduled: Type.Integer(), held: Type.Integer(), noShow: Type.Integer() }),
  requests: Type.Record(Type.String(), Type.Integer()),
  agreements: Type.Object({ mou: Type.Integer(), contract: Type.Integer(), valueVnd: Type.Integer() }),
  frameworkAgreements: Type.Integer(),
  byBuyerKind: Type.Array(Row), byProvince: Type.Array(Row), byProductGroup: Type.Array(Row),
});
export type ConferenceDashboard = Static<typeof ConferenceDashboard>;
