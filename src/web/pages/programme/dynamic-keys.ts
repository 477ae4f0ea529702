import { ACTIVITY_KINDS, BUDGET_SOURCES, MILESTONE_STAGES, PROJECT_STATUSES } from '../../../modules/programme/domain.ts';

const TOTALS = ['fairs', 'stalls', 'visitors', 'fairSales', 'conferences', 'mous', 'agreementValue', 'pointsOperating', 'pointSales', 'projectBudget', 'budget'] as const;

export const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'programme.kinds.': ACTIVITY_KINDS,
  'programme.statuses.': PROJECT_STATUSES,
  'programme.stages.': MILESTONE_STAGES,
  'programme.sources.': BUDGET_SOURCES,
  'programme.totals.': TOTALS,
};
