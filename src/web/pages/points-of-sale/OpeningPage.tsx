import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { OpeningAnnouncement } from '../../../modules/outlets/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';

/** `/points-of-sale/:slug/opening`: the public announcement of an opening ceremony; an invitation's QR code adds the guest's name. */
export default function OpeningPage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const invitation = search.get('invitation') ?? undefined;
  const opening = useApiQuery<OpeningAnnouncement>(`/api/points-of-sale/${encodeURIComponent(slug)}/opening`, { invitation });
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={opening}>{(data) => <Announcement opening={data} />}</QueryView>
    </section>
  );
}

function Announcement({ opening }: { opening: OpeningAnnouncement }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const title = t('pointsOfSale.opening.title', { name: pick(opening.point.name) });
  usePageTitle(title);
  return (
    <>
      <h1 id="page-title">{title}</h1>
      {opening.guest && <p className="lead">{t('pointsOfSale.opening.welcome', { name: [opening.guest.title, opening.guest.name].filter(Boolean).join(' ') })}</p>}
      <p><strong>{formatDateTime(opening.startsAt)} – {formatDateTime(opening.endsAt)}</strong></p>
      <p>{[pick(opening.venue), opening.point.address, opening.point.commune].filter(Boolean).join(', ')}</p>
      {pick(opening.announcement) && <p>{pick(opening.announcement)}</p>}
      {opening.programme.length > 0 && (
        <>
          <h2>{t('pointsOfSale.opening.programme')}</h2>
          <ul>{opening.programme.map((item) => <li key={item.at + item.title.vi}><strong>{item.at}</strong> {pick(item.title)}</li>)}</ul>
        </>
      )}
      <p>
        <a className="button button--primary" href={`https://www.openstreetmap.org/directions?to=${opening.point.latitude}%2C${opening.point.longitude}`} target="_blank" rel="noreferrer">{t('pointsOfSale.directions')}</a>
        {' '}<Link to={`/points-of-sale/${opening.point.slug}`}>{t('pointsOfSale.opening.pointPage')}</Link>
      </p>
    </>
  );
}
