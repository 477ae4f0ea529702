import type { TFunction } from 'i18next';
import type { Application } from '../../../../../modules/fairs/contract.ts';
import { ZONE_LABELS, type Zone } from '../../../../../modules/fairs/zones.ts';
import { formatDateTime } from '../../../../format.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import type { Column } from '../../../../kit/list/DataTable.tsx';

const zoneLabel = (code: string | null) => (code ? (ZONE_LABELS[code as Zone] ?? null) : null);

/** The columns of the applications table: selection, producer, request, products, status, stalls. */
export function applicationColumns(
  t: TFunction,
  row: { isSelected(id: string): boolean; onToggle(id: string): void; onLock(application: Application): void },
): Column<Application>[] {
  return [
    {
      id: 'select',
      header: t('adminFairs.applications.selectOne'),
      hideHeader: true,
      cell: (a) => (
        <input type="checkbox" checked={row.isSelected(a.id)} onChange={() => row.onToggle(a.id)} aria-label={t('adminFairs.applications.select', { name: a.producer.name })} />
      ),
    },
    { id: 'producer', header: t('adminFairs.applications.producer'), cell: (a) => <Producer application={a} /> },
    { id: 'request', header: t('adminFairs.applications.request'), cell: (a) => <Request application={a} t={t} /> },
    { id: 'products', header: t('adminFairs.applications.products'), cell: (a) => <Products application={a} t={t} /> },
    {
      id: 'status',
      header: t('adminFairs.applications.status'),
      cell: (a) => (
        <>
          <span className={`app-status app-status--${a.status}`}>{t(`adminFairs.applicationStatus.${a.status}`)}</span>
          {a.decisionReason && <span className="cell-sub">{a.decisionReason}</span>}
        </>
      ),
    },
    {
      id: 'stalls',
      header: t('adminFairs.applications.stalls'),
      cell: (a) => (
        <>
          {a.stalls.map((s) => (
            <span key={s.id} className="cell-sub">
              <strong>{s.code}</strong> · {s.status === 'held' || s.status === 'confirmed' ? t(`adminFairs.assignment.${s.status}`) : s.status}
              {s.holdExpiresAt ? ` · ${formatDateTime(s.holdExpiresAt)}` : ''}
            </span>
          ))}
          {a.status === 'approved' && (
            <button type="button" className="button button--small button--secondary" onClick={() => row.onLock(a)} aria-label={t('adminFairs.applications.lockFor', { name: a.producer.name })}>
              {t('adminFairs.applications.lock')}
            </button>
          )}
        </>
      ),
    },
  ];
}

function Producer({ application }: { application: Application }) {
  const { pick } = useLocalized();
  const region = zoneLabel(application.producer.region);
  return (
    <>
      <span className="cell-title">{application.producer.name}</span>
      <span className="cell-sub">
        {application.producer.province}
        {region ? ` · ${pick(region)}` : ''}
      </span>
    </>
  );
}

function Request({ application, t }: { application: Application; t: TFunction }) {
  const { pick } = useLocalized();
  const zone = zoneLabel(application.preferredZone);
  return (
    <>
      <span>{t('adminFairs.applications.stallCount', { count: application.stallCount })}</span>
      <span className="cell-sub">
        {zone ? pick(zone) : t('adminFairs.applications.anyZone')}
        {application.needsPower ? ` · ${t('fairs.plan.power')}` : ''}
        {application.needsWater ? ` · ${t('fairs.plan.water')}` : ''}
      </span>
      {application.note && <span className="cell-sub">“{application.note}”</span>}
    </>
  );
}

function Products({ application, t }: { application: Application; t: TFunction }) {
  const { pick } = useLocalized();
  return (
    <ul className="plain-list">
      {application.products.slice(0, 3).map((p) => (
        <li key={p.id}>
          {pick(p.name)} {p.stars ? `· ${'★'.repeat(p.stars)}` : ''}
        </li>
      ))}
      {application.products.length > 3 && <li className="muted">{t('adminFairs.applications.more', { count: application.products.length - 3 })}</li>}
    </ul>
  );
}
