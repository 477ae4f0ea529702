import { createEvents, type EventAttributes } from 'ics';
import type { Language } from '../../../shared/localized.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Agenda } from '../contract.ts';
import type { ProgrammeItem } from '../domain/values.ts';

const ZONE = 'Asia/Ho_Chi_Minh';
// Vietnam keeps UTC+7 all year: one STANDARD component describes the zone completely.
const VTIMEZONE = ['BEGIN:VTIMEZONE', `TZID:${ZONE}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:ICT', 'END:STANDARD', 'END:VTIMEZONE'];

const local = (day: string, hhmm: string): [number, number, number, number, number] =>
  [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5))];

/**
 * The agenda as an iCalendar file: the plenary items and each meeting (partner, table, venue), in
 * Vietnam time (DTSTART;TZID=Asia/Ho_Chi_Minh with the zone's VTIMEZONE), stable UIDs so a
 * re-imported calendar updates rather than duplicates its events.
 */
export function agendaCalendar(agenda: Agenda, programme: readonly ProgrammeItem[], conferenceId: string, language: Language): string {
  const venue = [agenda.conference.venue[language], agenda.conference.venueAddress].filter(Boolean).join(', ');
  const table = language === 'vi' ? 'Bàn' : 'Table';
  const events: EventAttributes[] = [
    ...programme.map((item, i): EventAttributes => ({
      uid: `plenary-${i}-${conferenceId}@ocop-connect`, title: item.title[language], start: local(item.day, item.startsAt), end: local(item.day, item.endsAt),
      startInputType: 'local', startOutputType: 'local', endInputType: 'local', endOutputType: 'local', location: venue, calName: agenda.conference.name[language],
    })),
    ...agenda.items.map((m): EventAttributes => ({
      uid: `meeting-${m.meetingId}@ocop-connect`,
      title: `${agenda.conference.name[language]}: ${m.partnerName} (${table} ${m.tableCode})`,
      description: language === 'vi' ? `Gặp giao thương với ${m.partnerName} tại bàn ${m.tableCode}` : `B2B meeting with ${m.partnerName} at table ${m.tableCode}`,
      start: local(m.day, m.startsAt), end: local(m.day, m.endsAt),
      startInputType: 'local', startOutputType: 'local', endInputType: 'local', endOutputType: 'local',
      location: `${venue} — ${table} ${m.tableCode}`, status: 'CONFIRMED', calName: agenda.conference.name[language],
    })),
  ];
  if (events.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//OCOP Connect//trade//VI', 'CALSCALE:GREGORIAN', ...VTIMEZONE, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(events, { productId: '-//OCOP Connect//trade//VI' });
  if (error || !value) throw error ?? new Error('ics produced nothing');
  const stamp = clock.now().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = value.replace(/\r\n[ \t]/g, '').split('\r\n')
    // Floating local times become Vietnam times: the zone is named on each and described once.
    .map((line) => line.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})$/, `$1;TZID=${ZONE}:$2`).replace(/^DTSTAMP:.*$/, `DTSTAMP:${stamp}`));
  const first = lines.indexOf('BEGIN:VEVENT');
  lines.splice(first, 0, ...VTIMEZONE);
  return lines.map(fold).join('\r\n');
}

/** RFC 5545 folding: lines of at most 75 octets, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > 75) {
      parts.push(current);
      current = ' ';
      bytes = 1;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}
