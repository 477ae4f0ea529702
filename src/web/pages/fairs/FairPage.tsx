import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ProductList } from '../../../modules/catalogue/contract.ts';
import type { Fair, FloorPlan as FloorPlanData, FloorPlanStall, ProgrammeItem, StallPage } from '../../../modules/fairs/contract.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { useDebounced } from '../../components/useDebounced.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import NotFoundPage from '../not-found/NotFoundPage.tsx';
import { ExhibitorCard } from './shared/ExhibitorCard.tsx';
import { directionsUrl, fold, openStreetMapUrl } from './shared/fair-data.ts';
import { FairStatusBadge } from './shared/FairStatusBadge.tsx';
import { FloorPlan } from './shared/FloorPlan.tsx';
import { ProgrammeList } from './shared/ProgrammeList.tsx';
import { useProgrammeStatus } from './shared/programme-status.ts';
import './shared/fairs.css';
import { ApiError } from '../../api/client.ts';
import { Loading } from '../../components/LoadStatus.tsx';

/** A search lists this many of its stalls at first; a button shows the rest. */
const MATCHES_SHOWN = 12;
/** Where the stall panel is a bottom sheet, and the share of the screen it may cover (styles.css). */
const SHEET_MEDIA = '(max-width: 59.99rem)';
const SHEET_SHARE = 0.6;

/** `/fairs/:slug`: the fair, its interactive floor plan and its programme. */
export default function FairPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const fair = useApiGet<Fair>(`/api/fairs/${encodeURIComponent(slug)}`);
  usePageTitle(fair.data ? pick(fair.data.name) : t('fairs.title'));

  if (fair.error instanceof ApiError && (fair.error.status === 404 || fair.error.status === 400)) return <NotFoundPage />;
  if (fair.error) {
    return (
      <div className="page form-error" role="alert">
        <p>{errorMessage(t, fair.error)}</p>
        <button type="button" className="button button--secondary" onClick={fair.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!fair.data) {
    return (
      <Loading />
    );
  }
  const f = fair.data;
  return (
    <article className="page page--wide fair-page" aria-labelledby="page-title">
      <nav className="breadcrumbs" aria-label={t('fairs.breadcrumbs')}>
        <Link to="/fairs">{t('fairs.title')}</Link>
      </nav>
      <h1 id="page-title">{pick(f.name)}</h1>
      {pick(f.theme) && <p className="lead">{pick(f.theme)}</p>}
      <dl className="facts facts--grid fair-facts">
        <div>
          <dt>{t('fairs.when')}</dt>
          <dd>
            {t('fairs.dates', { from: formatDate(f.startsOn), to: formatDate(f.endsOn) })} <FairStatusBadge status={f.status} />
          </dd>
        </div>
        <div>
          <dt>{t('fairs.hours')}</dt>
          <dd>{t('fairs.hoursValue', { opens: f.opensAt.slice(0, 5), closes: f.closesAt.slice(0, 5) })}</dd>
        </div>
        <div>
          <dt>{t('fairs.venue')}</dt>
          <dd>
            {pick(f.venue)}
            {f.venueAddress && <span className="cell-sub">{f.venueAddress}</span>}
            {f.latitude !== null && f.longitude !== null && (
              <span className="fair-directions">
                <a className="button button--small button--primary" href={directionsUrl(f.latitude, f.longitude)} target="_blank" rel="noreferrer">
                  {t('fairs.directions')}
                </a>{' '}
                <a href={openStreetMapUrl(f.latitude, f.longitude)} target="_blank" rel="noreferrer">
                  {t('fairs.openMap')}
                </a>
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('fairs.stalls')}</dt>
          <dd>{t('fairs.stallCount', { count: f.stallCount })}</dd>
        </div>
      </dl>
      {pick(f.description) && <p className="prose">{pick(f.description)}</p>}
      {f.status === 'applications-open' && (
        <p className="notice" role="status">
          <span className="notice-icon" aria-hidden="true">★</span>
          {t('fairs.applyNotice', { fee: formatVnd(f.stallFeeVnd), subsidy: f.subsidyPercent, max: f.maxStallsPerProducer, stars: f.minStars })}{' '}
          <Link to={`/admin/my-fairs/${f.slug}`}>{t('fairs.applyLink')}</Link>
        </p>
      )}
      <PlanSection fair={f} />
      <ProgrammeSection slug={f.slug} />
    </article>
  );
}

function PlanSection({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [params, setParams] = useSearchParams();
  const plan = useApiGet<FloorPlanData>(`/api/fairs/${fair.slug}/floor-plan`);
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 300);
  const [matchingProducts, setMatchingProducts] = useState<Set<string> | null>(null);
  const stallParam = params.get('stall');
  const panelRef = useRef<HTMLDivElement>(null);
  const matchListRef = useRef<HTMLUListElement>(null);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => setShowAll(false), [debounced]);

  const stalls = useMemo(() => plan.data?.stalls ?? [], [plan.data]);

  // The address says which stall is open (?stall=CODE, also from a stall's page), so that a quick
  // open-and-close cannot leave the panel out of step with it; the stall is scrolled into view.
  const selected = (stallParam && stalls.find((s) => s.code === stallParam)) || null;
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    if (!stallParam || stalls.length === 0) return;
    const frame = requestAnimationFrame(() => {
      const stall = document.querySelector(`.floor-plan [data-code="${CSS.escape(stallParam)}"]`);
      if (!stall) return;
      stall.scrollIntoView({ block: 'nearest', inline: 'center' });
      // On a phone the panel is a bottom sheet up to 60% of the screen high: the stall goes above
      // it (the open plan has room below to scroll for that).
      if (!window.matchMedia(SHEET_MEDIA).matches) return;
      const { top, bottom } = stall.getBoundingClientRect();
      const clear = window.innerHeight * (1 - SHEET_SHARE) - 8;
      if (bottom > clear) window.scrollBy({ top: Math.min(bottom - clear, top - 8) });
    });
    return () => cancelAnimationFrame(frame);
  }, [stallParam, stalls]);

  // Products matching the search: the stalls showing them light up too.
  useEffect(() => {
    if (debounced.length < 2) {
      setMatchingProducts(null);
      return;
    }
    const controller = new AbortController();
    api
      .get<ProductList>('/api/products', { q: debounced, pageSize: 100 }, controller.signal)
      .then((result) => setMatchingProducts(new Set(result.items.map((p) => p.id))))
      .catch(() => {
        if (!controller.signal.aborted) setMatchingProducts(new Set());
      });
    return () => controller.abort();
  }, [debounced]);

  // Stalls found by their exhibitor (name, origin) or code come before those found by a product:
  // "Nhật Bản" lists the Japanese exhibitors first, not products whose text resembles it.
  const matches = useMemo(() => {
    if (debounced.length < 2) return null;
    const needle = fold(debounced);
    const direct: FloorPlanStall[] = [];
    const byProduct: FloorPlanStall[] = [];
    for (const stall of stalls) {
      const exhibitor = stall.exhibitor;
      if (!exhibitor) continue;
      if (fold(exhibitor.producerName).includes(needle) || fold(exhibitor.origin.vi).includes(needle) || fold(exhibitor.origin.en).includes(needle) || fold(stall.code) === needle) direct.push(stall);
      else if (exhibitor.productIds.some((id) => matchingProducts?.has(id))) byProduct.push(stall);
    }
    return [...direct, ...byProduct];
  }, [debounced, stalls, matchingProducts]);
  const highlighted = useMemo(() => (matches ? new Set(matches.map((s) => s.id)) : null), [matches]);
  const listed = !matches ? [] : showAll ? matches : matches.slice(0, MATCHES_SHOWN);
  const showRest = () => {
    setShowAll(true);
    // The button goes away: the focus goes on to the first entry it revealed.
    requestAnimationFrame(() => matchListRef.current?.querySelectorAll('button')[MATCHES_SHOWN]?.focus());
  };

  const select = (stall: FloorPlanStall) => {
    const next = new URLSearchParams(params);
    next.set('stall', stall.code);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const close = () => {
    const code = selected?.code;
    const next = new URLSearchParams(params);
    next.delete('stall');
    setParams(next, { replace: true, preventScrollReset: true });
    if (code) (document.querySelector(`.floor-plan [data-code="${CSS.escape(code)}"]`) as SVGGElement | null)?.focus();
  };
  // Escape closes the open panel wherever the focus is (in it, on the plan, on the search's list,
  // which a phone's bottom sheet covers), and the focus goes back to the stall. The listener lives
  // as long as the page, not the panel: one added when the panel opens would miss an Escape pressed
  // between the panel's paint and the effect.
  const closeRef = useRef<(() => void) | null>(null);
  closeRef.current = selected !== null ? close : null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !closeRef.current) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="fair-section" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('fairs.plan.title')}</h2>
      <p className="muted">{t('fairs.plan.help')}</p>
      <div className="search-box plan-search" role="search">
        <label htmlFor="plan-search">{t('fairs.plan.search')}</label>
        <div className="search-box__row">
          <input id="plan-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('fairs.plan.searchPlaceholder')} autoComplete="off" />
        </div>
      </div>
      <p className="results-count" aria-live="polite">
        {matches ? t('fairs.plan.matches', { count: matches.length }) : ''}
      </p>
      {matches && matches.length > 0 && (
        <>
          <ul className="chip-list plan-matches" ref={matchListRef} aria-label={t('fairs.plan.matchList')}>
            {listed.map((stall) => (
              <li key={stall.id}>
                <button type="button" className="button button--small button--secondary plan-match" onClick={() => select(stall)}>
                  <span>
                    {stall.code} · {stall.exhibitor?.producerName}
                    {stall.exhibitor && pick(stall.exhibitor.origin) && <span className="plan-match__origin"> · {pick(stall.exhibitor.origin)}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {listed.length < matches.length && (
            <p>
              <button type="button" className="button button--small button--primary" onClick={showRest}>
                {t('fairs.plan.showAll', { count: matches.length })}
              </button>
            </p>
          )}
        </>
      )}
      {plan.error ? (
        <p role="alert">{errorMessage(t, plan.error)}</p>
      ) : !plan.data ? (
        <Loading />
      ) : stalls.length === 0 ? (
        <p>{t('fairs.plan.empty')}</p>
      ) : (
        <div className={`plan-layout${selected ? ' plan-layout--open' : ''}`}>
          <FloorPlan stalls={stalls} selectedId={selectedId} highlighted={highlighted} onSelect={select} label={t('fairs.plan.label')} initialZoom={8} />
          {selected && (
            <div className="stall-panel" ref={panelRef} role="dialog" aria-modal="false" aria-labelledby="stall-panel-title">
              <div className="stall-panel__head">
                <h3 id="stall-panel-title">{t('fairs.plan.stallName', { code: selected.code })}</h3>
                <button type="button" className="button button--small button--secondary" onClick={close} aria-label={t('fairs.plan.closePanel')}>
                  ✕
                </button>
              </div>
              <StallDetails slug={fair.slug} code={selected.code} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function StallDetails({ slug, code }: { slug: string; code: string }) {
  const { t } = useTranslation();
  const page = useApiGet<StallPage>(`/api/fairs/${slug}/stalls/${encodeURIComponent(code)}`);
  if (page.error) return <p role="alert">{errorMessage(t, page.error)}</p>;
  if (!page.data || page.data.stall.code !== code) {
    return (
      <Loading />
    );
  }
  return (
    <>
      <ExhibitorCard page={page.data} headingLevel={3} />
      <p>
        <Link to={`/fairs/${slug}/stalls/${encodeURIComponent(code)}`}>{t('fairs.plan.stallPage')}</Link>
      </p>
    </>
  );
}

function ProgrammeSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const programme = useApiGet<{ items: ProgrammeItem[] }>(`/api/fairs/${slug}/programme`);
  const status = useProgrammeStatus(programme.data?.items);
  return (
    <section className="fair-section" aria-labelledby="programme-title">
      <h2 id="programme-title">{t('fairs.programme.title')}</h2>
      {programme.error ? (
        <p role="alert">{errorMessage(t, programme.error)}</p>
      ) : !programme.data ? (
        <Loading />
      ) : (
        <ProgrammeList items={programme.data.items} status={status} />
      )}
    </section>
  );
}
