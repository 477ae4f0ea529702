import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from '../../shared/schema-types.ts';

export const NotificationItem = Type.Object({
  id: Uuid,
  kind: Type.String(),
  text: Type.String({ description: "In the reader's language" }),
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type NotificationItem = Static<typeof NotificationItem>;

export const NotificationList = Type.Object({
  items: Type.Array(NotificationItem),
  unread: Type.Integer({ description: 'Unread notifications in all' }),
});
export type NotificationList = Static<typeof NotificationList>;

export const NotificationListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'Only the unread ones' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    before: Type.Optional(Type.String({ format: 'date-time', description: 'Older than this (paging)' })),
  },
  { additionalProperties: false },
);
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const MarkReadBody = Type.Object(
  {
    ids: Type.Optional(Type.Array(Uuid, { maxItems: 200, description: 'These; leave out for all' })),
  },
  { additionalProperties: false },
);
export type MarkReadBody = Static<typeof MarkReadBody>;
