import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText } from '../../../shared/schema-types.ts';

/** A time of day in Vietnam, "HH:MM" (24:00 closes at midnight). */
export const TimeOfDay = Type.String({ pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' });

export const HoursInterval = Type.Object({ opens: TimeOfDay, closes: TimeOfDay }, { additionalProperties: false });
export type HoursInterval = Static<typeof HoursInterval>;

/** Monday first; each day a list of intervals, empty when closed all day. */
export const WeeklyHours = Type.Array(Type.Array(HoursInterval, { maxItems: 4 }), { minItems: 7, maxItems: 7 });
export type WeeklyHours = Static<typeof WeeklyHours>;

export const NearbySite = Type.Object({
  name: LocalizedText(200),
  latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
}, { additionalProperties: false });
export type NearbySite = Static<typeof NearbySite>;

export const OpeningProgrammeItem = Type.Object({ at: TimeOfDay, title: LocalizedText(300) }, { additionalProperties: false });
export type OpeningProgrammeItem = Static<typeof OpeningProgrammeItem>;
