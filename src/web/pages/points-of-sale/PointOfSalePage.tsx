import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicPointDetail } from '../../../modules/outlets/contract.ts';
import { weekdayIndex } from '../../../modules/outlets/domain/opening-hours.ts';
import { clock } from '../../../shared/time/clock.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { MarkerMap } from '../../kit/map/MarkerMap.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { hoursText, POINT_KIND_LABELS, SHELF_STATUS_LABELS, WEEKDAY_LABELS } from './shared/labels.ts';
import './points-of-sale.css';

/** `/points-of-sale/:slug`: photos, opening hours and whether it is open now (Vietnam time), directions, and what is on the shelves. */
export default function PointOfSalePage() {
  const { slug = '' } = useParams();
  const point = useApiQuery<PublicPointDetail>(`/api/points-of-sale/${encodeURIComponent(slug)}`);
  return (
    <section className="page pos-page" aria-labelledby="page-title">
      <QueryView query={point}>{(data) => <PointDetails point={data} />}</QueryView>
    </section>
  );
}

function PointDetails({ point }: { point: PublicPointDetail }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(pick(point.name));
  const today = clock.today();
  const todayIndex = weekdayIndex(today);
  const directions = `https://www.openstreetmap.org/directions?to=${point.latitude}%2C${point.longitude}`;
  return (
    <>
      <p><Link to="/points-of-sale">← {t('pointsOfSale.backToMap')}</Link></p>
      <h1 id="page-title">{pick(point.name)}</h1>
      <p className="lead">{pick(POINT_KIND_LABELS[point.kind])} · {point.address}, {point.commune}{point.legacyDistrict ? ` (${t('pointsOfSale.formerly', { district: point.legacyDistrict })})` : ''}</p>
      <p className={`pos-open ${point.openNow.open ? 'pos-open--yes' : 'pos-open--no'}`} data-testid="open-now">
        <strong>{point.openNow.open ? t('pointsOfSale.openNow') : t('pointsOfSale.closedNow')}</strong>
        {point.openNow.next && <span> · {point.openNow.next.change === 'opens' ? t('pointsOfSale.opensAt', { at: point.openNow.next.at, day: formatDate(point.openNow.next.day) }) : t('pointsOfSale.closesAt', { at: point.openNow.next.at })}</span>}
        {point.openNow.exception && <span> · {pick(point.openNow.exception)}</span>}
      </p>
      {point.photos.length > 0 && (
        <ul className="pos-photos">
          {point.photos.map((id, index) => <li key={id}><img src={`/api/files/${id}`} alt={t('pointsOfSale.photo', { number: index + 1 })} loading="lazy" /></li>)}
        </ul>
      )}
      {pick(point.description) && <p>{pick(point.description)}</p>}
      <div className="pos-columns">
        <section aria-labelledby="hours-title">
          <h2 id="hours-title">{t('pointsOfSale.hours')}</h2>
          <table className="pos-hours">
            <tbody>
              {point.weeklyHours.map((day, index) => (
                <tr key={index} className={index === todayIndex ? 'pos-hours__today' : undefined}>
                  <th scope="row">{pick(WEEKDAY_LABELS[index])}</th>
                  <td>{hoursText(day, t('pointsOfSale.closed'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {point.hoursExceptions.length > 0 && (
            <ul className="pos-exceptions">
              {point.hoursExceptions.map((e) => <li key={e.startsOn}>{formatDate(e.startsOn)}–{formatDate(e.endsOn)}: {pick(e.label)} ({hoursText(e.hours, t('pointsOfSale.closed'))})</li>)}
            </ul>
          )}
        </section>
        <section aria-labelledby="contact-title">
          <h2 id="contact-title">{t('pointsOfSale.findUs')}</h2>
          <p><a className="button button--primary" href={directions} target="_blank" rel="noreferrer">{t('pointsOfSale.directions')}</a></p>
          {point.phone && <p>{t('pointsOfSale.phone')}: <a href={`tel:${point.phone.replace(/\s/g, '')}`}>{point.phone}</a></p>}
          {point.craftVillage && <p>{t('pointsOfSale.craftVillage')}: {pick(point.craftVillage.name)}</p>}
          {point.nearbySites.length > 0 && <p>{t('pointsOfSale.nearby')}: {point.nearbySites.map((s) => pick(s.name)).join(', ')}</p>}
        </section>
      </div>
      <MarkerMap places={[{ id: point.slug, lat: point.latitude, lng: point.longitude, title: pick(point.name), subtitle: point.address }]}
        label={t('pointsOfSale.mapLabel')} listTitle={t('pointsOfSale.mapList')} emptyText={t('pointsOfSale.none')} />
      <section aria-labelledby="products-title">
        <h2 id="products-title">{t('pointsOfSale.products')}</h2>
        <p className="muted">{t('pointsOfSale.checkedOn', { day: formatDate(point.checkedOn || today) })}</p>
        {point.products.length === 0 ? <p>{t('pointsOfSale.noProducts')}</p> : (
          <ul className="pos-products">
            {point.products.map((p, index) => (
              <li key={p.code ?? `${pick(p.name)}-${index}`} className={`card pos-product${p.flagged ? ' pos-product--flagged' : ''}`}>
                <h3>{p.code ? <Link to={`/verify/${p.code}`}>{pick(p.name)}</Link> : pick(p.name)}</h3>
                {p.producer && <p className="muted">{p.producer}</p>}
                <p>
                  <span className={`cert-badge cert-badge--${p.certificateStatus}`}>{p.stars ? `${p.stars}★ · ` : ''}{pick(SHELF_STATUS_LABELS[p.certificateStatus])}</span>
                  {' '}<span>{formatVnd(p.priceVnd)}</span>
                </p>
                {p.flagged && <p className="pos-product__warning" role="note">{t('pointsOfSale.flagged')}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
