import { Type, type Static } from '@sinclair/typebox';
import { Email, Name, Paged, StringEnum, Text, Uuid } from '../../shared/schema-types.ts';
import { ROLES } from './roles.ts';

export const RoleSchema = StringEnum(ROLES);

export const SignInBody = Type.Object(
  { email: Email, password: Text({ min: 1, max: 200 }) },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const CurrentUser = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  producerId: Type.Union([Uuid, Type.Null()]),
  buyerOrganisationId: Type.Union([Uuid, Type.Null()]),
  preferredLanguage: Type.Union([Type.Literal('vi'), Type.Literal('en')]),
  mustChangePassword: Type.Boolean(),
});
export type CurrentUser = Static<typeof CurrentUser>;

export const SessionResponse = Type.Object({ user: CurrentUser, csrfToken: Type.String() });
export type SessionResponse = Static<typeof SessionResponse>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Text({ min: 1, max: 200 }), newPassword: Text({ min: 10, max: 200 }) },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const UserSummary = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  producerId: Type.Union([Uuid, Type.Null()]),
  buyerOrganisationId: Type.Union([Uuid, Type.Null()]),
  active: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type UserSummary = Static<typeof UserSummary>;

export const UserList = Paged(UserSummary);
export type UserList = Static<typeof UserList>;

export const ListUsersQuery = Type.Object(
  {
    q: Type.Optional(Text({ max: 200 })),
    role: Type.Optional(RoleSchema),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type ListUsersQuery = Static<typeof ListUsersQuery>;

export const CreateUserBody = Type.Object(
  {
    email: Email,
    displayName: Name(200),
    role: RoleSchema,
    producerId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    buyerOrganisationId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    /** Omit to invite: the server makes a one-time password, shown once, to be changed at first sign-in. */
    password: Type.Optional(Text({ min: 10, max: 200 })),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const CreatedUser = Type.Object({
  user: UserSummary,
  oneTimePassword: Type.Union([Type.String(), Type.Null()]),
});
export type CreatedUser = Static<typeof CreatedUser>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Name(200)),
    role: Type.Optional(RoleSchema),
    producerId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    buyerOrganisationId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;
