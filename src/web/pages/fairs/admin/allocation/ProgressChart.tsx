import { useTranslation } from 'react-i18next';
import type { AllocationRun } from '../../../../../modules/fairs/contract.ts';

const WIDTH = 320;
const HEIGHT = 120;

/** The best plan's value and the proven bound over the run's time, as two lines closing in. */
export function ProgressChart({ points }: { points: AllocationRun['progress'] }) {
  const { t } = useTranslation();
  if (points.length < 2) return null;
  const values = points.flatMap((p) => (p.bound === null ? [p.objective] : [p.objective, p.bound]));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const last = points.at(-1)?.ms ?? 1;
  const x = (ms: number) => (ms / Math.max(1, last)) * (WIDTH - 8) + 4;
  const y = (v: number) => HEIGHT - 4 - ((v - low) / Math.max(1e-9, high - low)) * (HEIGHT - 8);
  const line = (pick: (p: AllocationRun['progress'][number]) => number | null) =>
    points.flatMap((p) => {
      const v = pick(p);
      return v === null ? [] : [`${x(p.ms).toFixed(1)},${y(v).toFixed(1)}`];
    }).join(' ');
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('adminFairs.allocation.chart')}>
        <polyline className="progress-chart__bound" points={line((p) => p.bound)} />
        <polyline className="progress-chart__objective" points={line((p) => p.objective)} />
      </svg>
      <figcaption>
        <span className="progress-chart__key progress-chart__key--objective">{t('adminFairs.allocation.objective')}</span>{' '}
        <span className="progress-chart__key progress-chart__key--bound">{t('adminFairs.allocation.bound')}</span>
      </figcaption>
    </figure>
  );
}
