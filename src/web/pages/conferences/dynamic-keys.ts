import { SCHEDULE_ENDS } from '../../../modules/trade/contract.ts';
import { AGREEMENT_KINDS, BUYER_KINDS, CONFERENCE_STATUSES, FOLLOW_UP_STATUSES, MEETING_STATUSES, REQUEST_STATUSES, TABLE_MODES } from '../../../modules/trade/domain/values.ts';

/** Keys built from a value (see src/web/i18n/i18n.test.ts). */
export const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'conferences.status.': CONFERENCE_STATUSES,
  'conferences.requestStatus.': REQUEST_STATUSES,
  'conferences.meetingStatus.': MEETING_STATUSES,
  'conferences.buyerKind.': BUYER_KINDS,
  'conferences.agreementKind.': AGREEMENT_KINDS,
  'conferences.followUp.': FOLLOW_UP_STATUSES,
  'conferences.register.tableModes.': TABLE_MODES,
  'conferences.admin.run.endedBy.': SCHEDULE_ENDS,
};
