import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProductList } from '../../../../modules/catalogue/contract.ts';
import type { Application, ApplicationInput, ApplicationList, DailyReportInput, Fair } from '../../../../modules/fairs/contract.ts';
import { EXHIBITOR_ZONES, ZONE_LABELS } from '../../../../modules/fairs/zones.ts';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatDateTime, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { useSession } from '../../../session/session-context.ts';
import { StarRating } from '../../catalogue/shared/StarRating.tsx';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';
import { fairDays, parseAmount, todayInHanoi } from '../../fairs/shared/fair-data.ts';
import { FairStatusBadge } from '../../fairs/shared/FairStatusBadge.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

type ApplicationStall = Application['stalls'][number];

/** `/admin/my-fairs/:slug`: apply, follow the decision, confirm the offered stall, report each day. */
export default function MyFairPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const session = useSession();
  const fair = useApiGet<Fair>(`/api/fairs/${encodeURIComponent(slug)}`);
  const applications = useApiGet<ApplicationList>(`/api/fairs/${encodeURIComponent(slug)}/applications`, { pageSize: 10 });
  usePageTitle(fair.data ? pick(fair.data.name) : t('myFairs.title'));
  const producerId = session.status === 'signed-in' ? session.user.producerId : null;

  const error = fair.error ?? applications.error;
  if (error) return <p role="alert">{errorMessage(t, error)}</p>;
  if (!fair.data || !applications.data) {
    return (
      <Loading />
    );
  }
  const f = fair.data;
  const application = applications.data.items[0] ?? null;
  return (
    <section className="page my-fair" aria-labelledby="page-title">
      <p className="back-link">
        <Link to="/admin/my-fairs">← {t('myFairs.title')}</Link>
      </p>
      <h1 id="page-title">{pick(f.name)}</h1>
      <p className="muted">
        <FairStatusBadge status={f.status} /> {t('fairs.dates', { from: formatDate(f.startsOn), to: formatDate(f.endsOn) })} · {pick(f.venue)} ·{' '}
        <Link to={`/fairs/${f.slug}`}>{t('admin.viewPublic')}</Link>
      </p>
      <p className="notice">
        <span className="notice-icon" aria-hidden="true">ℹ</span>
        {t('myFairs.rules', { fee: formatVnd(f.stallFeeVnd), subsidy: f.subsidyPercent, max: f.maxStallsPerProducer, stars: f.minStars, hours: f.holdHours })}
      </p>
      {application ? (
        <>
          <ApplicationStatusView fair={f} application={application} onChanged={applications.reload} />
          {application.stalls.some((s) => s.status === 'confirmed') && <DailyReportForm fair={f} application={application} />}
        </>
      ) : f.status === 'applications-open' ? (
        producerId ? (
          <ApplyForm fair={f} producerId={producerId} onApplied={applications.reload} />
        ) : (
          <p>{t('myFairs.noProducer')}</p>
        )
      ) : (
        <p className="notice" role="status">
          {t('myFairs.notOpen')}
        </p>
      )}
    </section>
  );
}

function ApplyForm({ fair, producerId, onApplied }: { fair: Fair; producerId: string; onApplied(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const products = useApiGet<ProductList>('/api/products', { producer: producerId, pageSize: 100 });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [stallCount, setStallCount] = useState(1);
  const [zone, setZone] = useState('');
  const [needsPower, setNeedsPower] = useState(false);
  const [needsWater, setNeedsWater] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.size === 0) return setProblem(t('myFairs.apply.chooseProducts'));
    setBusy(true);
    setProblem(null);
    try {
      const body: ApplicationInput = {
        stallCount,
        productIds: [...chosen],
        preferredZone: zone ? (zone as ApplicationInput['preferredZone']) : null,
        needsPower,
        needsWater,
        ...(note.trim() ? { note: note.trim() } : {}),
      };
      await api.post<{ id: string }>(`/api/fairs/${fair.slug}/applications`, body);
      onApplied();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const maxStalls = Math.min(2, fair.maxStallsPerProducer);
  return (
    <form className="form apply-form" onSubmit={(event) => void submit(event)} aria-label={t('myFairs.apply.title')}>
      <h2>{t('myFairs.apply.title')}</h2>
      <fieldset className="form-section">
        <legend>{t('myFairs.apply.products')}</legend>
        <p className="field__hint">{t('myFairs.apply.productsHint', { stars: fair.minStars, to: formatDate(fair.endsOn) })}</p>
        {products.error ? (
          <p role="alert">{errorMessage(t, products.error)}</p>
        ) : !products.data ? (
          <p className="loading">{t('common.loading')}</p>
        ) : products.data.items.length === 0 ? (
          <p>{t('myFairs.apply.noProducts')}</p>
        ) : (
          <ul className="choice-list">
            {products.data.items.map((product) => (
              <li key={product.id} className="checkbox-field">
                <input
                  id={`product-${product.id}`}
                  type="checkbox"
                  checked={chosen.has(product.id)}
                  onChange={() =>
                    setChosen((previous) => {
                      const next = new Set(previous);
                      if (next.has(product.id)) next.delete(product.id);
                      else next.add(product.id);
                      return next;
                    })
                  }
                />
                <label htmlFor={`product-${product.id}`}>
                  <span className="cell-title">{pick(product.name)}</span>{' '}
                  <span className="choice-list__meta">
                    <StarRating stars={product.stars} /> <StatusBadge status={product.certificateStatus} />
                    {product.expiryDate && <span className="muted"> {t('myFairs.apply.expires', { date: formatDate(product.expiryDate) })}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('myFairs.apply.stalls')}</legend>
        <div className="radio-row">
          {[1, 2].map((n) => (
            <span key={n} className="checkbox-field">
              <input id={`stalls-${n}`} type="radio" name="stallCount" value={n} checked={stallCount === n} disabled={n > maxStalls} onChange={() => setStallCount(n)} />
              <label htmlFor={`stalls-${n}`}>{t('adminFairs.applications.stallCount', { count: n })}</label>
            </span>
          ))}
        </div>
        <p className="field__hint">{t('myFairs.apply.twoStallsHint')}</p>
        <div className="field">
          <label htmlFor="apply-zone">{t('myFairs.apply.zone')}</label>
          <select id="apply-zone" value={zone} onChange={(event) => setZone(event.target.value)}>
            <option value="">{t('adminFairs.applications.anyZone')}</option>
            {EXHIBITOR_ZONES.map((z) => (
              <option key={z} value={z}>
                {pick(ZONE_LABELS[z])}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox-field">
          <input id="apply-power" type="checkbox" checked={needsPower} onChange={(event) => setNeedsPower(event.target.checked)} />
          <label htmlFor="apply-power">{t('myFairs.apply.power')}</label>
        </div>
        <div className="checkbox-field">
          <input id="apply-water" type="checkbox" checked={needsWater} onChange={(event) => setNeedsWater(event.target.checked)} />
          <label htmlFor="apply-water">{t('myFairs.apply.water')}</label>
        </div>
        <div className="field">
          <label htmlFor="apply-note">{t('myFairs.apply.note')}</label>
          <textarea id="apply-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
      </fieldset>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('myFairs.apply.submit')}
      </button>
    </form>
  );
}

function ApplicationStatusView({ fair, application, onChanged }: { fair: Fair; application: Application; onChanged(): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const stalls: ApplicationStall[] = application.stalls;

  const confirm = async (stall: ApplicationStall) => {
    if (!stall.assignmentId) return;
    setBusy(true);
    setMessage(null);
    try {
      await api.post<void>(`/api/fairs/${fair.slug}/assignments/${stall.assignmentId}/confirm`);
      setMessage({ kind: 'ok', text: t('myFairs.status.confirmed', { code: stall.code }) });
      onChanged();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section application-status" aria-labelledby="application-title">
      <h2 id="application-title">{t('myFairs.status.title')}</h2>
      <p>
        {t('myFairs.status.now')}{' '}
        <strong className={`app-status app-status--${application.status}`}>{t(`adminFairs.applicationStatus.${application.status}`)}</strong>
      </p>
      <p className="muted">{t(`myFairs.status.explain.${application.status}`)}</p>
      {application.decisionReason && (
        <p>
          {t('myFairs.status.reason')} <em>{application.decisionReason}</em>
        </p>
      )}
      <p className="muted">
        {t('adminFairs.applications.stallCount', { count: application.stallCount })} · {application.products.map((p) => pick(p.name)).join(', ')}
      </p>
      {stalls.length > 0 && (
        <ul className="offer-list" aria-label={t('myFairs.status.stalls')}>
          {stalls.map((stall) => (
            <li key={stall.id} className="card offer">
              <p>
                <strong>{t('fairs.plan.stallName', { code: stall.code })}</strong> ·{' '}
                {stall.status === 'held' || stall.status === 'confirmed' ? t(`adminFairs.assignment.${stall.status}`) : stall.status} ·{' '}
                <Link to={`/fairs/${fair.slug}?stall=${encodeURIComponent(stall.code)}`}>{t('fairs.stall.onPlan')}</Link>
              </p>
              {stall.status === 'held' && (
                <>
                  {stall.holdExpiresAt && <p>{t('myFairs.status.holdUntil', { at: formatDateTime(stall.holdExpiresAt) })}</p>}
                  {stall.assignmentId ? (
                    <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm(stall)}>
                      {t('myFairs.status.confirm', { code: stall.code })}
                    </button>
                  ) : (
                    <p className="muted">{t('myFairs.status.cannotConfirm')}</p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function DailyReportForm({ fair, application }: { fair: Fair; application: Application }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const today = todayInHanoi();
  const days = fairDays(fair.startsOn, fair.endsOn).filter((d) => d <= today);
  const [day, setDay] = useState(days.includes(today) ? today : (days.at(-1) ?? fair.startsOn));
  const [checkIn, setCheckIn] = useState(true);
  const [sales, setSales] = useState('');
  const [units, setUnits] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (days.length === 0) return <p className="notice">{t('myFairs.report.notYet', { date: formatDate(fair.startsOn) })}</p>;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const salesVnd = sales.trim() === '' ? null : parseAmount(sales);
    if (sales.trim() !== '' && salesVnd === null) return setMessage({ kind: 'error', text: t('myFairs.report.badAmount') });
    const products: NonNullable<DailyReportInput['products']> = [];
    for (const p of application.products) {
      const text = units[p.id]?.trim() ?? '';
      if (!text) continue;
      if (!/^\d{1,7}$/.test(text)) return setMessage({ kind: 'error', text: t('myFairs.report.badUnits') });
      products.push({ productId: p.id, units: Number(text) });
    }
    setBusy(true);
    setMessage(null);
    try {
      const body: DailyReportInput = { applicationId: application.id, day, checkIn, ...(salesVnd !== null ? { salesVnd } : {}), ...(products.length ? { products } : {}) };
      await api.put<void>(`/api/fairs/${fair.slug}/reports`, body);
      setMessage({ kind: 'ok', text: t('myFairs.report.saved', { date: formatDate(day), sales: salesVnd !== null ? formatVnd(salesVnd) : '—' }) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form report-form" onSubmit={(event) => void submit(event)} aria-label={t('myFairs.report.title')}>
      <h2>{t('myFairs.report.title')}</h2>
      <p className="muted">{t('myFairs.report.help')}</p>
      <div className="field">
        <label htmlFor="report-day">{t('myFairs.report.day')}</label>
        <select id="report-day" value={day} onChange={(event) => setDay(event.target.value)}>
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDate(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox-field">
        <input id="report-checkin" type="checkbox" checked={checkIn} onChange={(event) => setCheckIn(event.target.checked)} />
        <label htmlFor="report-checkin">{t('myFairs.report.checkIn')}</label>
      </div>
      <div className="field">
        <label htmlFor="report-sales">{t('myFairs.report.sales')}</label>
        <input id="report-sales" inputMode="numeric" value={sales} onChange={(event) => setSales(event.target.value)} placeholder="1.500.000" />
        <p className="field__hint">{sales && parseAmount(sales) !== null ? formatVnd(parseAmount(sales)) : t('myFairs.report.salesHint')}</p>
      </div>
      <fieldset className="form-section">
        <legend>{t('myFairs.report.units')}</legend>
        {application.products.map((p) => (
          <div key={p.id} className="field field--inline">
            <label htmlFor={`units-${p.id}`}>{pick(p.name)}</label>
            <input id={`units-${p.id}`} inputMode="numeric" className="input--short" value={units[p.id] ?? ''} onChange={(event) => setUnits((u) => ({ ...u, [p.id]: event.target.value }))} />
          </div>
        ))}
      </fieldset>
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('myFairs.report.submit')}
      </button>
    </form>
  );
}
