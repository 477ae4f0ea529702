import './progress-chart.css';

const WIDTH = 320;
const HEIGHT = 120;

/** A moment of a solver's run: the best solution's value and the proven bound (null until one is known). */
export interface ProgressPoint {
  ms: number;
  value: number;
  bound: number | null;
}

/**
 * A solver run's best value and proven bound over its time, as two lines closing in (the fairs'
 * stall allocation, the conferences' meeting schedule). Nothing until there are two points.
 */
export function ProgressChart({ points, labels }: { points: readonly ProgressPoint[]; labels: { chart: string; value: string; bound: string } }) {
  if (points.length < 2) return null;
  const values = points.flatMap((p) => (p.bound === null ? [p.value] : [p.value, p.bound]));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const last = points.at(-1)?.ms ?? 1;
  const x = (ms: number) => (ms / Math.max(1, last)) * (WIDTH - 8) + 4;
  const y = (v: number) => HEIGHT - 4 - ((v - low) / Math.max(1e-9, high - low)) * (HEIGHT - 8);
  const line = (pick: (p: ProgressPoint) => number | null) =>
    points.flatMap((p) => {
      const v = pick(p);
      return v === null ? [] : [`${x(p.ms).toFixed(1)},${y(v).toFixed(1)}`];
    }).join(' ');
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={labels.chart}>
        <polyline className="progress-chart__bound" points={line((p) => p.bound)} />
        <polyline className="progress-chart__value" points={line((p) => p.value)} />
      </svg>
      <figcaption>
        <span className="progress-chart__key progress-chart__key--value">{labels.value}</span>{' '}
        <span className="progress-chart__key progress-chart__key--bound">{labels.bound}</span>
      </figcaption>
    </figure>
  );
}
