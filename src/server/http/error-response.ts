import { Type, type Static } from '@sinclair/typebox';

/** The one error shape of every route. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine code, e.g. validation_failed, not_found, conflict' }),
      message: Type.String({ description: "Human message in the request's language (Accept-Language)" }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
);
export type ErrorResponse = Static<typeof ErrorResponse>;
