import type { ConferenceStatus } from './values.ts';

/**
 * The life of a conference: draft → registration → matching → scheduled → running → closed, with
 * a step back where organizers need one (reopen registration, redo matching after a schedule,
 * reopen a conference closed by mistake). The server refuses any other change.
 */
export const NEXT_CONFERENCE_STATUSES: Readonly<Record<ConferenceStatus, readonly ConferenceStatus[]>> = {
  draft: ['registration'],
  registration: ['matching', 'draft'],
  matching: ['scheduled', 'registration'],
  scheduled: ['running', 'matching'],
  running: ['closed'],
  closed: ['running'],
};

export const canMoveConference = (from: ConferenceStatus, to: ConferenceStatus) => from === to || NEXT_CONFERENCE_STATUSES[from].includes(to);

/** Participants register (staff may still add late ones while matching). */
export const REGISTRATION_OPEN: readonly ConferenceStatus[] = ['registration', 'matching'];
/** Meeting requests may be sent and answered. */
export const REQUESTS_OPEN: readonly ConferenceStatus[] = ['registration', 'matching', 'scheduled'];
/** The organizers may (re)run the schedule. */
export const SCHEDULING_OPEN: readonly ConferenceStatus[] = ['matching', 'scheduled'];
/** Meetings are checked in. */
export const CHECK_IN_OPEN: readonly ConferenceStatus[] = ['running'];
/** Outcomes (MOUs, contracts, framework agreements) are recorded. */
export const OUTCOMES_OPEN: readonly ConferenceStatus[] = ['scheduled', 'running', 'closed'];
