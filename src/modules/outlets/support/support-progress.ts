import type { SupportProgress } from '../contract.ts';
import type { SupportStatus } from '../tables.ts';

/** Progress and spending of a set of support items (one point, or the whole programme). */
export function supportProgress(items: readonly { status: SupportStatus; budgetVnd: number; spentVnd: number | null }[]): SupportProgress {
  const live = items.filter((i) => i.status !== 'cancelled');
  const accepted = live.filter((i) => i.status === 'accepted').length;
  return {
    items: items.length,
    accepted,
    cancelled: items.length - live.length,
    budgetVnd: live.reduce((sum, i) => sum + i.budgetVnd, 0),
    spentVnd: live.reduce((sum, i) => sum + (i.spentVnd ?? 0), 0),
    progressPercent: live.length === 0 ? null : Math.round((accepted / live.length) * 1000) / 10,
  };
}
