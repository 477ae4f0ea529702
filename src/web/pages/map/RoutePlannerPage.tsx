import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CuratedRoute, PlanRequest, PlanResponse, Site } from '../../../modules/tourism/contract.ts';
import { clock } from '../../../shared/time/clock.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { MarkerMap } from '../../kit/map/MarkerMap.tsx';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { MODES, STARTS, THEMES } from './codes.ts';
import './map-page.css';

const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

/** The request a planner address describes (the share link): null until the visitor has asked. */
function requestOf(params: URLSearchParams): PlanRequest | null {
  const date = params.get('date');
  if (!date) return null;
  const at = (params.get('at') ?? '').split(',').map(Number);
  const start = at.length === 2 && at.every(Number.isFinite) ? { latitude: at[0]!, longitude: at[1]! } : (STARTS[params.get('start') ?? ''] ?? STARTS['hoan-kiem']!);
  const theme = params.get('theme');
  const places = list(params.get('places'));
  return {
    start, date, startTime: params.get('from') ?? '08:00', endTime: params.get('to') ?? '17:30',
    mode: (MODES as readonly string[]).includes(params.get('mode') ?? '') ? (params.get('mode') as PlanRequest['mode']) : 'motorbike',
    ...(places.length > 0 ? { places } : {}), ...(list(params.get('musts')).length > 0 ? { musts: list(params.get('musts')) } : {}),
    ...(theme && (THEMES as readonly string[]).includes(theme) && places.length === 0 ? { theme: theme as PlanRequest['theme'] } : {}),
  } as PlanRequest;
}

/** `/map/route`: the one-day route planner; the address holds the request, so it is the share link. */
export default function RoutePlannerPage() {
  const { t } = useTranslation();
  usePageTitle(t('tourism.planner.title'));
  const [params, setParams] = useSearchParams();
  const sites = useApiQuery<{ items: Site[] }>('/api/tourism/sites');
  const curated = useApiQuery<{ items: CuratedRoute[] }>('/api/tourism/routes');
  const plan = useApiMutation<PlanResponse, PlanRequest>({ method: 'POST', path: '/api/tourism/plan', invalidates: [] });
  const request = useMemo(() => requestOf(params), [params]);
  const key = JSON.stringify(request);
  const { mutate } = plan;
  useEffect(() => {
    if (request) mutate(request);
    // The request is the address: plan again only when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, mutate]);
  return (
    <section className="page route-planner" aria-labelledby="page-title">
      <h1 id="page-title">{t('tourism.planner.title')}</h1>
      <p className="lead">{t('tourism.planner.intro')}</p>
      <QueryView query={sites}>{(data) => <PlannerForm sites={data.items} params={params} onPlan={(next) => setParams(next)} />}</QueryView>
      {plan.isPending && <p role="status">{t('tourism.planner.planning')}</p>}
      {plan.data && request && <PlanResult result={plan.data} date={request.date} start={request.start} />}
      <QueryView query={curated} isEmpty={(d) => d.items.length === 0} empty={null}>
        {(data) => (
          <section className="route-curated" aria-labelledby="curated-title">
            <h2 id="curated-title">{t('tourism.planner.curated')}</h2>
            <ul>{data.items.map((route) => <CuratedItem key={route.id} route={route} onUse={(next) => setParams(next)} date={params.get('date') ?? clock.today()} />)}</ul>
          </section>
        )}
      </QueryView>
    </section>
  );
}

function CuratedItem({ route, onUse, date }: { route: CuratedRoute; onUse(next: URLSearchParams): void; date: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const slugs = route.sites.map((s) => s.slug).join(',');
  const next = new URLSearchParams({ places: slugs, musts: slugs, at: `${route.start.latitude},${route.start.longitude}`, date, from: route.startTime, to: route.endTime, mode: route.mode });
  return (
    <li>
      <strong>{pick(route.title)}</strong> <span className="muted">{route.sites.map((s) => pick(s.name)).join(' → ')}</span>{' '}
      <button type="button" className="button button--small button--secondary" onClick={() => onUse(next)}>{t('tourism.planner.useCurated')}</button>
    </li>
  );
}

function PlannerForm({ sites, params, onPlan }: { sites: Site[]; params: URLSearchParams; onPlan(next: URLSearchParams): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [theme, setTheme] = useState(params.get('theme') ?? '');
  const [places, setPlaces] = useState(new Set(list(params.get('places'))));
  const [musts, setMusts] = useState(new Set(list(params.get('musts'))));
  const [start, setStart] = useState(params.get('start') ?? 'hoan-kiem');
  const [date, setDate] = useState(params.get('date') ?? clock.today());
  const [from, setFrom] = useState(params.get('from') ?? '08:00');
  const [to, setTo] = useState(params.get('to') ?? '17:30');
  const [mode, setMode] = useState(params.get('mode') ?? 'motorbike');
  const flip = (set: Set<string>, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ start, date, from, to, mode });
    if (theme && places.size === 0) next.set('theme', theme);
    if (places.size > 0) next.set('places', [...places].join(','));
    const chosenMusts = [...musts].filter((m) => places.has(m));
    if (chosenMusts.length > 0) next.set('musts', chosenMusts.join(','));
    onPlan(next);
  };
  const shown = theme ? sites.filter((s) => s.themes.includes(theme)) : sites;
  return (
    <form className="route-form" onSubmit={submit}>
      <label>{t('tourism.planner.theme')}
        <select value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="">{t('tourism.planner.anyTheme')}</option>
          {THEMES.map((th) => <option key={th} value={th}>{t(`tourism.planner.themes.${th}`)}</option>)}
        </select>
      </label>
      <label>{t('tourism.planner.start')}
        <select value={start} onChange={(e) => setStart(e.target.value)}>
          {Object.keys(STARTS).map((s) => <option key={s} value={s}>{t(`tourism.starts.${s}`)}</option>)}
        </select>
      </label>
      <label>{t('tourism.planner.date')}<input type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></label>
      <label>{t('tourism.planner.from')}<input type="time" value={from} required onChange={(e) => setFrom(e.target.value)} /></label>
      <label>{t('tourism.planner.to')}<input type="time" value={to} required onChange={(e) => setTo(e.target.value)} /></label>
      <label>{t('tourism.planner.mode')}
        <select value={mode} onChange={(e) => setMode(e.target.value)}>
          {MODES.map((m) => <option key={m} value={m}>{t(`tourism.planner.modes.${m}`)}</option>)}
        </select>
      </label>
      <fieldset className="route-form__places">
        <legend>{t('tourism.planner.places')}</legend>
        {shown.map((site) => (
          <div key={site.id} className="route-form__place">
            <label className="route-form__check"><input type="checkbox" checked={places.has(site.slug)} onChange={() => setPlaces(flip(places, site.slug))} /> {pick(site.name)}</label>
            {places.has(site.slug) && (
              <label className="route-form__check muted"><input type="checkbox" checked={musts.has(site.slug)} onChange={() => setMusts(flip(musts, site.slug))} /> {t('tourism.planner.must')}</label>
            )}
          </div>
        ))}
      </fieldset>
      <div className="route-form__actions"><button type="submit" className="button button--primary">{t('tourism.planner.submit')}</button></div>
    </form>
  );
}

function PlanResult({ result, date, start }: { result: PlanResponse; date: string; start: PlanRequest['start'] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [copied, setCopied] = useState(false);
  const places = useMemo(() => result.stops.map((s, i) => ({ id: s.site.id, lat: s.site.latitude, lng: s.site.longitude, title: t('tourism.planner.stop', { number: i + 1, name: pick(s.site.name) }), subtitle: `${s.start}–${s.leave}` })), [result, pick, t]);
  // Straight segments start → stops → back to the start: the order of the day, not the roads.
  const path = useMemo(() => {
    const home = [start.latitude, start.longitude] as const;
    return [home, ...result.stops.map((s) => [s.site.latitude, s.site.longitude] as const), home];
  }, [result, start]);
  const share = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
  };
  return (
    <section className="route-result" aria-labelledby="result-title" aria-live="polite">
      <h2 id="result-title">{t('tourism.planner.result')} · {formatDate(date)}</h2>
      {!result.feasible ? (
        <p className="form-error" role="alert">{t('tourism.planner.infeasible')} {result.reason ? pick(result.reason.message) : ''}</p>
      ) : (
        <>
          <p>{result.status === 'optimal' ? t('tourism.planner.optimal') : t('tourism.planner.nearOptimal')} {result.travel === 'straight-line' ? t('tourism.planner.straightLine') : ''}</p>
          <ol className="route-stops">
            {result.stops.map((s, i) => (
              <li key={s.site.id}>
                <strong>{t('tourism.planner.stop', { number: i + 1, name: pick(s.site.name) })}</strong>
                <br />
                {t('tourism.planner.times', { arrive: s.arrive, start: s.start, leave: s.leave, travel: s.travelMinutes })}
              </li>
            ))}
          </ol>
          {result.back && <p>{t('tourism.planner.back', { time: result.back })}</p>}
          {result.left.length > 0 && <p className="muted">{t('tourism.planner.left', { names: result.left.map((l) => pick(l.name)).join(', ') })}</p>}
          <div className="route-result__actions">
            <button type="button" className="button button--secondary" onClick={() => window.print()}>{t('tourism.planner.print')}</button>
            <button type="button" className="button button--secondary" onClick={() => void share()}>{t('tourism.planner.share')}</button>
            {copied && <span role="status">{t('tourism.planner.copied')}</span>}
          </div>
          <MarkerMap places={places} label={t('tourism.planner.mapLabel')} listTitle={t('tourism.planner.mapList')} emptyText={t('tourism.planner.noStops')} path={path} />
        </>
      )}
    </section>
  );
}
