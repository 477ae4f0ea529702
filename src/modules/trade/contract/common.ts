import { Type, type TSchema } from '@sinclair/typebox';
import { Uuid } from '../../../shared/schema-types.ts';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm, Vietnam time' });
export const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 3, maxLength: 80 });
export const Vnd = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 });
export const Slot = Type.Integer({ minimum: 0, maximum: 199 });
export const Slots = Type.Array(Slot, { maxItems: 200, uniqueItems: true, description: 'Slots attended (0-based)' });

export const ConferenceParams = Type.Object({ conference: Type.String({ pattern: '^[a-z0-9-]{3,80}$', description: 'id or slug' }) }, { additionalProperties: false });
export const RequestParams = Type.Object({ conference: ConferenceParams.properties.conference, request: Uuid }, { additionalProperties: false });
export const MeetingParams = Type.Object({ conference: ConferenceParams.properties.conference, meeting: Uuid }, { additionalProperties: false });
export const AgreementParams = Type.Object({ conference: ConferenceParams.properties.conference, agreement: Uuid }, { additionalProperties: false });
export const Created = Type.Object({ id: Uuid });
