// Codes of the fairs module that the web app has words for in vi.json/en.json. Pure data,
// imported by the i18n test in Node to check that every `fairs.status.<code>` (etc.) key exists.
import type { Application, Fair, ProgrammeItem } from '../../../../modules/fairs/contract.ts';
import type { UnplacedReason } from '../../../../modules/fairs/allocation/types.ts';
import type { Zone } from '../../../../modules/fairs/zones.ts';

export type FairStatus = Fair['status'];
export type ApplicationStatus = Application['status'];
export type ProgrammeKind = ProgrammeItem['kind'];

export const FAIR_STATUS_CODES = ['draft', 'applications-open', 'allocating', 'published', 'running', 'closed'] as const satisfies readonly FairStatus[];
export const APPLICATION_STATUS_CODES = ['submitted', 'approved', 'rejected', 'waitlisted', 'withdrawn'] as const satisfies readonly ApplicationStatus[];
export const PROGRAMME_KIND_CODES = ['ceremony', 'performance', 'workshop', 'trade-session', 'other'] as const satisfies readonly ProgrammeKind[];
export const UNPLACED_REASON_CODES = [
  'locked-out',
  'no-compatible-zone',
  'no-stall-with-power',
  'no-stall-with-water',
  'no-stall-with-power-and-water',
  'no-adjacent-pair',
  'no-positive-weight',
  'taken-by-locked',
  'outscored',
] as const satisfies readonly UnplacedReason[];
/** Stall assignment states (held: offered until a deadline; confirmed: taken). */
export const ASSIGNMENT_STATUS_CODES = ['held', 'confirmed'] as const;
export const DASHBOARD_BREAKDOWNS = ['byZone', 'byRegion', 'byGroup', 'byProducer'] as const;

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const FAIR_STATUS_COMPLETE: Missing<FairStatus, (typeof FAIR_STATUS_CODES)[number]> = true;
export const APPLICATION_STATUS_COMPLETE: Missing<ApplicationStatus, (typeof APPLICATION_STATUS_CODES)[number]> = true;
export const PROGRAMME_KIND_COMPLETE: Missing<ProgrammeKind, (typeof PROGRAMME_KIND_CODES)[number]> = true;
export const UNPLACED_REASON_COMPLETE: Missing<UnplacedReason, (typeof UNPLACED_REASON_CODES)[number]> = true;

export function isUnplacedReason(value: string): value is UnplacedReason {
  return (UNPLACED_REASON_CODES as readonly string[]).includes(value);
}

export function isApplicationStatus(value: string | null): value is ApplicationStatus {
  return value !== null && (APPLICATION_STATUS_CODES as readonly string[]).includes(value);
}

/** Zone colours on the floor plan (always with the zone's name in the legend and the stall's label). */
export const ZONE_COLOURS: Readonly<Record<Zone, string>> = {
  'northern-mountains': '#2f7d4f',
  'red-river-delta': '#a8262b',
  'central-highlands': '#9a6212',
  'southern-delta': '#1f63a3',
  foreign: '#6d4796',
  food: '#b1406f',
  stage: '#3b302b',
  service: '#6f6f6f',
};

/** The statuses a fair may move to next from each status (the organizer's usual path). */
export { NEXT_STATUSES } from '../../../../modules/fairs/fair-status.ts';
