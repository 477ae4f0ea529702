import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorPlanStall } from '../../../../modules/fairs/contract.ts';
import { SERVICE_LABELS, SERVICES, ZONE_LABELS, ZONES, type Service, type Zone } from '../../../../modules/fairs/zones.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { ZONE_COLOURS } from './codes.ts';
import { ARROW_DIRECTIONS, nearestInDirection, readingOrder } from './plan-navigation.ts';
import { PlanLandmarks } from './PlanLandmarks.tsx';

const ZOOMS = [3, 4, 6, 8, 11, 15, 20] as const;
/** The smallest tap target a finger hits reliably (px, WCAG 2.5.5): a phone's default zoom gives every stall this much. */
const TAP_TARGET_PX = 44;
const MARGIN = 3;

export interface FloorPlanProps {
  stalls: readonly FloorPlanStall[];
  selectedId?: string | null;
  /** Stalls lit up (search results); the others are dimmed while a search is on. */
  highlighted?: ReadonlySet<string> | null;
  onSelect?(stall: FloorPlanStall): void;
  /**
   * Key presses on a stall, before the plan's own: a handler that calls preventDefault keeps
   * the key (the editor moves the selected stall with the arrows); otherwise arrows move the focus.
   */
  onStallKeyDown?(stall: FloorPlanStall, event: KeyboardEvent<SVGGElement>): void;
  label: string;
  /** The exhibitor's name in each stall's accessible name (public plan, allocation). */
  showExhibitors?: boolean;
  initialZoom?: number;
}

function stallName(stall: FloorPlanStall, zone: string, service: string, origin: string, t: (key: string, options?: Record<string, unknown>) => string, showExhibitors: boolean): string {
  const parts = [t('fairs.plan.stallName', { code: stall.code }), zone];
  if (stall.zone === 'stage') return parts.join(', ');
  if (stall.service) return [t('fairs.plan.stallName', { code: stall.code }), service].join(', ');
  if (stall.blocked) parts.push(t('fairs.plan.blocked'));
  else if (showExhibitors) parts.push(stall.exhibitor ? [stall.exhibitor.producerName, origin].filter(Boolean).join(', ') : t('fairs.plan.free'));
  if (stall.exhibitor?.status === 'held') parts.push(t('fairs.plan.held'));
  if (stall.power) parts.push(t('fairs.plan.power'));
  if (stall.water) parts.push(t('fairs.plan.water'));
  return parts.join(', ');
}

/** Drawn in the service's box and its legend: readable without the language. */
const SERVICE_SYMBOLS: Record<Service, string> = { info: 'i', toilet: 'WC', 'first-aid': '+' };

/**
 * On a touch screen the plan opens at the zoom where the smallest exhibitor stall is a full tap
 * target (pinch and the buttons zoom out); with a mouse the caller's zoom stands.
 */
function touchZoom(stalls: readonly FloorPlanStall[]): number {
  if (typeof window === 'undefined' || !window.matchMedia?.('(pointer: coarse)').matches) return 0;
  const sides = stalls.filter((s) => s.zone !== 'stage').map((s) => Math.min(s.width, s.depth));
  return sides.length === 0 ? 0 : TAP_TARGET_PX / Math.min(...sides);
}

/**
 * The floor plan drawn to scale (metres): stalls coloured by zone, free stalls outlined, held
 * ones dashed; the plan scrolls sideways and zooms. Every stall is a button, and the plan is one
 * Tab stop (roving tabindex): the arrow keys go to the nearest stall that way, Home and End to
 * the first and the last, Enter or Space choose.
 */
export function FloorPlan({ stalls, selectedId, highlighted, onSelect, onStallKeyDown, label, showExhibitors = true, initialZoom = 6 }: FloorPlanProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [zoomIndex, setZoomIndex] = useState(() => Math.max(0, ZOOMS.findIndex((z) => z >= Math.max(initialZoom, touchZoom(stalls)))));
  const zoom = ZOOMS[zoomIndex] ?? 6;

  const box = useMemo(() => {
    if (stalls.length === 0) return { minX: 0, maxX: 40, minY: -10, maxY: 10 };
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (const s of stalls) {
      minX = Math.min(minX, s.x);
      maxX = Math.max(maxX, s.x + s.width);
      minY = Math.min(minY, s.y);
      maxY = Math.max(maxY, s.y + s.depth);
    }
    return { minX: minX - MARGIN, maxX: maxX + MARGIN, minY: Math.min(minY, -4) - MARGIN, maxY: Math.max(maxY, 4) + MARGIN };
  }, [stalls]);
  const widthM = box.maxX - box.minX;
  const heightM = box.maxY - box.minY;
  const zonesShown = ZONES.filter((zone) => zone !== 'service' && stalls.some((s) => s.zone === zone));
  const servicesShown = SERVICES.filter((service) => stalls.some((s) => s.service === service));
  const searching = highlighted !== null && highlighted !== undefined;

  const ordered = useMemo(() => readingOrder(stalls), [stalls]);
  const svgRef = useRef<SVGSVGElement>(null);
  // The stall that holds the plan's one Tab stop: the last focused, else the selected, else the first.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (selectedId) setFocusId(selectedId);
  }, [selectedId]);
  const tabStopId = stalls.some((s) => s.id === focusId) ? focusId : stalls.some((s) => s.id === selectedId) ? selectedId : (ordered[0]?.id ?? null);

  const moveFocus = (target: FloorPlanStall | null | undefined) => {
    if (!target) return;
    setFocusId(target.id);
    const element = svgRef.current?.querySelector<SVGGElement>(`[data-code="${CSS.escape(target.code)}"]`);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const onKey = (stall: FloorPlanStall) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(stall);
      return;
    }
    onStallKeyDown?.(stall, event);
    if (event.defaultPrevented) return;
    const direction = ARROW_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      moveFocus(nearestInDirection(stalls, stall, direction));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveFocus(event.key === 'Home' ? ordered[0] : ordered[ordered.length - 1]);
    }
  };

  return (
    <div className="floor-plan">
      <div className="floor-plan__tools">
        <div className="floor-plan__zoom" role="group" aria-label={t('fairs.plan.zoom')}>
          <button type="button" className="button button--small button--secondary" onClick={() => setZoomIndex((i) => Math.max(0, i - 1))} disabled={zoomIndex === 0} aria-label={t('fairs.plan.zoomOut')}>
            −
          </button>
          <button type="button" className="button button--small button--secondary" onClick={() => setZoomIndex((i) => Math.min(ZOOMS.length - 1, i + 1))} disabled={zoomIndex === ZOOMS.length - 1} aria-label={t('fairs.plan.zoomIn')}>
            +
          </button>
        </div>
        <ul className="floor-plan__legend" aria-label={t('fairs.plan.legend')}>
          {zonesShown.map((zone) => (
            <li key={zone}>
              <span className="swatch" style={{ background: ZONE_COLOURS[zone] }} aria-hidden="true" />
              {pick(ZONE_LABELS[zone])}
            </li>
          ))}
          <li>
            <span className="swatch swatch--free" aria-hidden="true" />
            {t('fairs.plan.free')}
          </li>
          <li>
            <span className="swatch swatch--held" aria-hidden="true" />
            {t('fairs.plan.held')}
          </li>
          <li>
            <span className="swatch swatch--blocked" aria-hidden="true" />
            {t('fairs.plan.blocked')}
          </li>
          {servicesShown.map((service) => (
            <li key={service}>
              <span className="swatch swatch--service" aria-hidden="true">{SERVICE_SYMBOLS[service]}</span>
              {pick(SERVICE_LABELS[service])}
            </li>
          ))}
        </ul>
      </div>
      <div className="floor-plan__scroller" tabIndex={-1}>
        <svg
          ref={svgRef}
          className="floor-plan__svg"
          role="group"
          aria-label={label}
          width={widthM * zoom}
          height={heightM * zoom}
          viewBox={`${box.minX} ${-box.maxY} ${widthM} ${heightM}`}
          data-searching={searching || undefined}
        >
          <rect className="floor-plan__street" x={box.minX} y={-4} width={widthM} height={8} />
          <PlanLandmarks stalls={stalls} minX={box.minX} />
          {stalls.map((stall) => {
            const zone = stall.zone as Zone;
            const colour = ZONE_COLOURS[zone] ?? '#777';
            const service = stall.service ?? null;
            const occupied = stall.exhibitor !== null || stall.zone === 'stage' || service !== null;
            const selected = stall.id === selectedId;
            const lit = searching && highlighted.has(stall.id);
            const classes = ['stall'];
            if (!occupied) classes.push('stall--free');
            if (stall.blocked && stall.zone !== 'stage' && service === null) classes.push('stall--blocked');
            if (service !== null) classes.push('stall--service');
            if (stall.exhibitor?.status === 'held') classes.push('stall--held');
            if (selected) classes.push('stall--selected');
            if (lit) classes.push('stall--lit');
            if (searching && !lit) classes.push('stall--dim');
            const zoneName = pick(ZONE_LABELS[zone]);
            const name = stallName(stall, zoneName, service ? pick(SERVICE_LABELS[service]) : '', stall.exhibitor ? pick(stall.exhibitor.origin) : '', t, showExhibitors);
            const showCode = zoom >= 8 || stall.zone === 'stage' || service !== null;
            const special = stall.zone === 'stage' || service !== null;
            return (
              <g
                key={stall.id}
                className={classes.join(' ')}
                role="button"
                tabIndex={stall.id === tabStopId ? 0 : -1}
                aria-pressed={selected}
                aria-label={name}
                data-code={stall.code}
                data-lit={lit || undefined}
                onClick={() => onSelect?.(stall)}
                onFocus={() => setFocusId(stall.id)}
                onKeyDown={onKey(stall)}
              >
                <title>{name}</title>
                {/* The whole square metre area takes the tap, not only the drawn box inside its gap. */}
                <rect className="stall__hit" x={stall.x} y={-(stall.y + stall.depth)} width={stall.width} height={stall.depth} fill="transparent" />
                <rect
                  x={stall.x + 0.1}
                  y={-(stall.y + stall.depth) + 0.1}
                  width={Math.max(0.2, stall.width - 0.2)}
                  height={Math.max(0.2, stall.depth - 0.2)}
                  rx={0.3}
                  fill={stall.blocked && !special ? '#d9d4ce' : occupied ? colour : '#ffffff'}
                  stroke={colour}
                  strokeWidth={0.35}
                />
                {showCode && (
                  <text
                    x={stall.x + stall.width / 2}
                    y={-(stall.y + stall.depth / 2) + 0.45}
                    fontSize={stall.zone === 'stage' ? 1.8 : service !== null ? 1.3 : 0.9}
                    textAnchor="middle"
                    fill={special || (occupied && !stall.blocked) ? '#fff' : '#231c19'}
                  >
                    {stall.zone === 'stage' ? pick(ZONE_LABELS.stage) : service !== null ? SERVICE_SYMBOLS[service] : stall.code.replace(/^[A-Z]+-/, '')}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
