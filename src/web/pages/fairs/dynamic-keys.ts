// Text keys the fairs pages build from a value (checked by src/web/i18n/i18n.test.ts).
import { INELIGIBLE_REASONS } from '../../../modules/fairs/applications/product-eligibility.ts';

const RUN_STATUSES = ['running', 'applied', 'proposed', 'failed', 'discarded'] as const;
const RUN_ENDS = ['proven-optimal', 'work-limit', 'time-limit', 'stopped'] as const;

export const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'adminFairs.allocation.': ['apply', 'discard', 'applyTitle', 'discardTitle', 'applyConfirm', 'discardConfirm', 'placed', 'unplaced', 'objective', 'bound', 'gap'],
  'adminFairs.allocation.status.': RUN_STATUSES,
  'adminFairs.allocation.endedBy.': RUN_ENDS,
  'adminFairs.allocation.changes.': ['new', 'moved', 'withdrawn'],
  'myFairs.apply.ineligible.': INELIGIBLE_REASONS,
  'myFairs.apply.refused.': INELIGIBLE_REASONS,
};
