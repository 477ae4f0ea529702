import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpiringList } from '../../../../modules/catalogue/contract.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import type { Column } from '../../../kit/list/DataTable.tsx';
import { ListPage } from '../../../kit/list/ListPage.tsx';
import { useListFilters } from '../../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { StarRating } from '../shared/StarRating.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';

const PAGE_SIZE = 50;
const PRESETS = [30, 90, 180, 365];
const DEFAULT_DAYS = 90;
const FILTERS = { withinDays: String(DEFAULT_DAYS), includeExpired: { allowed: ['true'] } } as const;

type Row = ExpiringList['items'][number];

function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** `/admin/catalogue/expiring`: certificates that run out soon (to re-rate), optionally those run out. */
export default function ExpiringPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const filters = useListFilters(FILTERS);
  const parsedDays = Math.floor(Number(filters.values.withinDays));
  const withinDays = parsedDays >= 1 && parsedDays <= 730 ? parsedDays : DEFAULT_DAYS;
  const includeExpired = filters.values.includeExpired === 'true';
  const list = useApiQuery<ExpiringList>(
    '/api/certificates/expiring',
    { withinDays, includeExpired: includeExpired || undefined, page: filters.page, pageSize: PAGE_SIZE },
    { keepPrevious: true },
  );
  const [daysInput, setDaysInput] = useState(String(withinDays));
  useEffect(() => setDaysInput(String(withinDays)), [withinDays]);
  // The box follows the address, and at once the click (the address updates in a transition).
  const [expiredBox, setExpiredBox] = useState(includeExpired);
  useEffect(() => setExpiredBox(includeExpired), [includeExpired]);
  const today = clock.today();

  const applyDays = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const days = Math.floor(Number(daysInput));
    if (days >= 1 && days <= 730) filters.set({ withinDays: days });
    else setDaysInput(String(withinDays));
  };

  const columns: Column<Row>[] = [
    {
      id: 'product',
      header: t('admin.products.columns.product'),
      cell: ({ product }) => (
        <>
          <Link className="cell-title" to={`/admin/catalogue/products/${product.id}`}>
            {pick(product.name)}
          </Link>
          <span className="cell-sub">
            <code>{product.code}</code> · <Link to={`/catalogue/products/${product.id}`}>{t('admin.viewPublic')}</Link>
          </span>
        </>
      ),
    },
    { id: 'producer', header: t('admin.products.columns.producer'), cell: ({ producer }) => <Link to={`/admin/catalogue/producers/${producer.id}`}>{producer.name}</Link> },
    { id: 'rating', header: t('admin.products.columns.rating'), cell: ({ certificate }) => <StarRating stars={certificate.stars} /> },
    {
      id: 'expiry',
      header: t('admin.expiring.expiry'),
      cell: ({ certificate }) => {
        const days = daysFrom(today, certificate.expiryDate);
        return (
          <>
            <span className="cell-title">{formatDate(certificate.expiryDate)}</span>
            <span className="cell-sub">{days >= 0 ? t('admin.expiring.daysLeft', { count: days }) : t('admin.expiring.daysAgo', { count: -days })}</span>
          </>
        );
      },
    },
    { id: 'status', header: t('admin.products.columns.status'), cell: ({ certificate }) => <StatusBadge status={certificate.status} /> },
  ];

  return (
    <ListPage
      title={t('admin.expiring.title')}
      intro={<p className="lead">{t('admin.expiring.intro')}</p>}
      filters={
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
              <button key={days} type="button" className="button button--small button--secondary" aria-pressed={withinDays === days} onClick={() => filters.set({ withinDays: days })}>
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
                filters.set({ includeExpired: event.target.checked ? 'true' : null });
              }}
            />
            <label htmlFor="expiring-include-expired">{t('admin.expiring.includeExpired')}</label>
          </div>
        </form>
      }
      query={list}
      columns={columns}
      rowKey={({ certificate }) => certificate.id}
      countText={(count) => t('admin.expiring.total', { count, days: withinDays })}
      emptyText={t('admin.expiring.empty')}
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPage={filters.setPage}
    />
  );
}
