import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planLandmarks, type LandmarkStall } from './plan-landmarks.ts';

interface Props {
  stalls: readonly LandmarkStall[];
  /** The drawing's left edge (metres): the street's name goes there when the plan has no rows. */
  minX: number;
}

/**
 * The street's own labels, drawn under the stalls: its name, which row is on which side (the
 * stall numbers repeat on both), and the ways in at its ends and cross streets. Text only, in the
 * street's space (metres, y up; the SVG's y runs down).
 */
export function PlanLandmarks({ stalls, minX }: Props) {
  const { t } = useTranslation();
  const { sides, entrances } = useMemo(() => planLandmarks(stalls), [stalls]);
  // A quarter along the street, clear of its ends' labels and of a crossing halfway.
  const first = entrances[0]?.x;
  const last = entrances.at(-1)?.x;
  const streetNameX = first === undefined || last === undefined ? minX + 1 : first + (last - first) / 4;
  const sideText = (side: 'north' | 'south', row: string | null) =>
    row === null ? t(side === 'north' ? 'fairs.plan.sideNorthPlain' : 'fairs.plan.sideSouthPlain') : t(side === 'north' ? 'fairs.plan.sideNorth' : 'fairs.plan.sideSouth', { row });
  return (
    <g className="floor-plan__landmarks" aria-hidden="true">
      <text className="floor-plan__street-label" x={streetNameX} y={0.6} fontSize={1.6} textAnchor={entrances.length > 0 ? 'middle' : 'start'}>
        {t('fairs.plan.street')}
      </text>
      {sides.map((s) => (
        <text key={s.side} className="floor-plan__side-label" x={s.fromX + 0.3} y={s.side === 'north' ? -2.6 : 3.4} fontSize={1}>
          {sideText(s.side, s.row)}
        </text>
      ))}
      {entrances.map((e) => (
        <g key={`${e.kind}-${e.x}`} className={`floor-plan__entrance floor-plan__entrance--${e.kind}`}>
          <path d={`M ${e.x} -3.6 L ${e.x} 3.6`} strokeWidth={0.25} strokeDasharray="0.6 0.4" />
          <text
            x={e.kind === 'start' ? e.x + 0.4 : e.kind === 'end' ? e.x - 0.4 : e.x}
            y={-0.8}
            fontSize={0.9}
            textAnchor={e.kind === 'start' ? 'start' : e.kind === 'end' ? 'end' : 'middle'}
          >
            {e.kind === 'start' ? `⇢ ${t('fairs.plan.entranceStart')}` : e.kind === 'end' ? `${t('fairs.plan.entranceEnd')} ⇠` : `⇅ ${t('fairs.plan.entranceCrossing')}`}
          </text>
        </g>
      ))}
    </g>
  );
}
