// The conference form's values (what the inputs hold: texts, dates as typed dd/MM/yyyy) and the
// API bodies made from them.
import type { Conference, ConferenceInput, ConferenceUpdate } from '../../../../../modules/trade/contract.ts';
import type { Localized } from '../../../../../shared/localized.ts';
import { formatDate, parseDate } from '../../../../format.ts';

export interface SessionValues { day: string; startsAt: string; slotMinutes: string; slots: string }
export interface ProgrammeValues { day: string; startsAt: string; endsAt: string; title: Localized }

export interface ConferenceValues {
  slug: string;
  name: Localized;
  description: Localized;
  venue: Localized;
  venueAddress: string;
  startsOn: string;
  endsOn: string;
  poolTables: string;
  registrationOpensOn: string;
  registrationClosesOn: string;
  requestsCloseOn: string;
  requestExpiryHours: string;
  sessions: SessionValues[];
  programme: ProgrammeValues[];
}

export const NEW_SESSION: SessionValues = { day: '', startsAt: '08:30', slotMinutes: '20', slots: '8' };
export const NEW_PROGRAMME_ITEM: ProgrammeValues = { day: '', startsAt: '08:00', endsAt: '09:00', title: { vi: '', en: '' } };

export function conferenceValues(c: Conference | null): ConferenceValues {
  return {
    slug: c?.slug ?? '',
    name: c ? { ...c.name } : { vi: '', en: '' },
    description: c ? { ...c.description } : { vi: '', en: '' },
    venue: c ? { ...c.venue } : { vi: '', en: '' },
    venueAddress: c?.venueAddress ?? '',
    startsOn: formatDate(c?.startsOn),
    endsOn: formatDate(c?.endsOn),
    poolTables: String(c?.poolTables ?? 0),
    registrationOpensOn: formatDate(c?.registrationOpensOn),
    registrationClosesOn: formatDate(c?.registrationClosesOn),
    requestsCloseOn: formatDate(c?.requestsCloseOn),
    requestExpiryHours: String(c?.requestExpiryHours ?? 72),
    sessions: (c?.sessions ?? []).map((s) => ({ day: formatDate(s.day), startsAt: s.startsAt, slotMinutes: String(s.slotMinutes), slots: String(s.slots) })),
    programme: (c?.programme ?? []).map((p) => ({ day: formatDate(p.day), startsAt: p.startsAt, endsAt: p.endsAt, title: { ...p.title } })),
  };
}

const trimmed = (text: Localized): Localized => ({ vi: text.vi.trim(), en: text.en.trim() });
/** yyyy-MM-dd of a typed date, or null when empty (the field's rule has checked it). */
export const isoOrNull = (text: string): string | null => (text.trim() === '' ? null : parseDate(text));
const iso = (text: string): string => isoOrNull(text) ?? '';

/** The fields the create and update bodies share (the slug is only sent on create). */
export function conferenceBody(v: ConferenceValues): Omit<ConferenceInput, 'slug'> & ConferenceUpdate {
  return {
    name: trimmed(v.name),
    description: trimmed(v.description),
    venue: trimmed(v.venue),
    venueAddress: v.venueAddress.trim(),
    startsOn: iso(v.startsOn),
    endsOn: iso(v.endsOn),
    poolTables: Number(v.poolTables || 0),
    registrationOpensOn: isoOrNull(v.registrationOpensOn),
    registrationClosesOn: isoOrNull(v.registrationClosesOn),
    requestsCloseOn: isoOrNull(v.requestsCloseOn),
    requestExpiryHours: Number(v.requestExpiryHours || 72),
    sessions: v.sessions.map((s) => ({ day: iso(s.day), startsAt: s.startsAt.trim(), slotMinutes: Number(s.slotMinutes), slots: Number(s.slots) })),
    programme: v.programme.map((p) => ({ day: iso(p.day), startsAt: p.startsAt.trim(), endsAt: p.endsAt.trim(), title: trimmed(p.title) })),
  };
}
