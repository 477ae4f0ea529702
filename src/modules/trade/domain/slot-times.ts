import type { B2BSession } from './values.ts';

export interface SlotTime {
  slot: number;
  day: string;
  /** HH:mm, Vietnam time */
  startsAt: string;
  endsAt: string;
  session: number;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toHhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Every slot of the B2B sessions, numbered 0, 1, … across the sessions in their order. */
export function slotTimes(sessions: readonly B2BSession[]): SlotTime[] {
  const out: SlotTime[] = [];
  sessions.forEach((session, index) => {
    const start = toMinutes(session.startsAt);
    for (let i = 0; i < session.slots; i++) {
      out.push({
        slot: out.length, day: session.day, session: index,
        startsAt: toHhmm(start + i * session.slotMinutes), endsAt: toHhmm(start + (i + 1) * session.slotMinutes),
      });
    }
  });
  return out;
}

/** Sessions that do not cross midnight and do not overlap one another on a day. */
export function sessionProblems(sessions: readonly B2BSession[], startsOn: string, endsOn: string): string[] {
  const problems: string[] = [];
  const spans = sessions.map((s) => ({ day: s.day, from: toMinutes(s.startsAt), to: toMinutes(s.startsAt) + s.slots * s.slotMinutes }));
  spans.forEach((span, i) => {
    if (span.day < startsOn || span.day > endsOn) problems.push(`session ${i + 1} is outside the conference days`);
    if (span.to > 24 * 60) problems.push(`session ${i + 1} runs past midnight`);
    spans.slice(0, i).forEach((other, j) => {
      if (other.day === span.day && other.from < span.to && span.from < other.to) problems.push(`sessions ${j + 1} and ${i + 1} overlap`);
    });
  });
  return problems;
}

/** The instant a slot starts or ends, as a UTC Date (Vietnam is UTC+7 all year). */
export function slotInstant(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+07:00`);
}
