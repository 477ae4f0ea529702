import { Type, type Static } from '@sinclair/typebox';
import { IsoDateTime, Paged, Text, Uuid } from '../../shared/schema-types.ts';

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Uuid, Type.Null()]),
  actorEmail: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditList = Paged(AuditEntry);
export type AuditList = Static<typeof AuditList>;

export const ListAuditQuery = Type.Object(
  {
    entity: Type.Optional(Text({ max: 100 })),
    entityId: Type.Optional(Text({ max: 100 })),
    action: Type.Optional(Text({ max: 100 })),
    actorId: Type.Optional(Uuid),
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type ListAuditQuery = Static<typeof ListAuditQuery>;
