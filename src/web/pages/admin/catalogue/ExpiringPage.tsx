import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpiringList } from '../../../../modules/catalogue/contract.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { Pagination } from '../../../components/Pagination.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useSearchState } from '../../../components/useSearchState.ts';
import { TIME_ZONE, formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { StarRating } from '../../catalogue/shared/StarRating.tsx';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

const PAGE_SIZE = 50;
const PRESETS = [30, 90, 180, 365];
const DEFAULT_DAYS = 90;

/** Today in Hanoi as yyyy-MM-dd. */
function todayInHanoi(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return parts.slice(0, 10);
}

function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** `/admin/catalogue/expiring`: certificates that run out soon (to re-rate), optionally those run out. */
export default function ExpiringPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.expiring.title'));
  const { pick } = useLocalized();
  const { get, update, page } = useSearchState();
  const parsedDays = Math.floor(Number(get('withinDays')));
  const withinDays = parsedDays >= 1 && parsedDays <= 730 ? parsedDays : DEFAULT_DAYS;
  const includeExpired = get('includeExpired') === 'true';
  const list = useApiGet<ExpiringList>('/api/certificates/expiring', { withinDays, includeExpired: includeExpired || undefined, page, pageSize: PAGE_SIZE });
  const [daysInput, setDaysInput] = useState(String(withinDays));
  useEffect(() => setDaysInput(String(withinDays)), [withinDays]);
  // The box follows the address, and at once the click (the address updates in a transition).
  const [expiredBox, setExpiredBox] = useState(includeExpired);
  useEffect(() => setExpiredBox(includeExpired), [includeExpired]);
  const today = todayInHanoi();

  const applyDays = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const days = Math.floor(Number(daysInput));
    if (days >= 1 && days <= 730) update({ withinDays: days === DEFAULT_DAYS ? null : days });
    else setDaysInput(String(withinDays));
  };

  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <h1 id="page-title">{t('admin.expiring.title')}</h1>
      <p className="lead">{t('admin.expiring.intro')}</p>
      <form className="filters filters--inline" onSubmit={applyDays} aria-label={t('catalogue.filters.title')}>
        <div className="field">
          <label htmlFor="expiring-days">{t('admin.expiring.withinDays')}</label>
          <input id="expiring-days" type="number" min={1} max={730} inputMode="numeric" value={daysInput} onChange={(event) => setDaysInput(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('admin.expiring.apply')}
        </button>
        <div className="preset-group" role="group" aria-label={t('admin.expiring.presets')}>
          {PRESETS.map((days) => (
            <button
              key={days}
              type="button"
              className="button button--small button--secondary"
              aria-pressed={withinDays === days}
              onClick={() => update({ withinDays: days === DEFAULT_DAYS ? null : days })}
            >
              {t('admin.expiring.days', { count: days })}
            </button>
          ))}
        </div>
        <div className="checkbox-field">
          <input
            id="expiring-include-expired"
            type="checkbox"
            checked={expiredBox}
            onChange={(event) => {
              setExpiredBox(event.target.checked);
              update({ includeExpired: event.target.checked ? 'true' : null });
            }}
          />
          <label htmlFor="expiring-include-expired">{t('admin.expiring.includeExpired')}</label>
        </div>
      </form>
      <p className="results-count" aria-live="polite">
        {list.data ? t('admin.expiring.total', { count: list.data.total, days: withinDays }) : ''}
      </p>
      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t('admin.expiring.empty')}</p>
      ) : (
        <>
          <table className="data-table" aria-busy={list.loading}>
            <caption className="visually-hidden">{t('admin.expiring.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.products.columns.product')}</th>
                <th scope="col">{t('admin.products.columns.producer')}</th>
                <th scope="col">{t('admin.products.columns.rating')}</th>
                <th scope="col">{t('admin.expiring.expiry')}</th>
                <th scope="col">{t('admin.products.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map(({ certificate, product, producer }) => {
                const days = daysFrom(today, certificate.expiryDate);
                return (
                  <tr key={certificate.id}>
                    <td data-label={t('admin.products.columns.product')}>
                      <div>
                        <Link className="cell-title" to={`/admin/catalogue/products/${product.id}`}>
                          {pick(product.name)}
                        </Link>
                        <span className="cell-sub">
                          <code>{product.code}</code> · <Link to={`/catalogue/products/${product.id}`}>{t('admin.viewPublic')}</Link>
                        </span>
                      </div>
                    </td>
                    <td data-label={t('admin.products.columns.producer')}>
                      <Link to={`/admin/catalogue/producers/${producer.id}`}>{producer.name}</Link>
                    </td>
                    <td data-label={t('admin.products.columns.rating')}>
                      <StarRating stars={certificate.stars} />
                    </td>
                    <td data-label={t('admin.expiring.expiry')}>
                      <div>
                        <span className="cell-title">{formatDate(certificate.expiryDate)}</span>
                        <span className="cell-sub">
                          {days >= 0 ? t('admin.expiring.daysLeft', { count: days }) : t('admin.expiring.daysAgo', { count: -days })}
                        </span>
                      </div>
                    </td>
                    <td data-label={t('admin.products.columns.status')}>
                      <StatusBadge status={certificate.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
    </section>
  );
}
