import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Fair, StallPage as StallPageData } from '../../../modules/fairs/contract.ts';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import NotFoundPage from '../not-found/NotFoundPage.tsx';
import { ExhibitorCard } from './shared/ExhibitorCard.tsx';
import { Loading } from '../../components/LoadStatus.tsx';

/** `/fairs/:slug/stalls/:code`: what a stall's QR code opens. */
export default function StallPage() {
  const { slug = '', code = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const fair = useApiGet<Fair>(`/api/fairs/${encodeURIComponent(slug)}`);
  const stall = useApiGet<StallPageData>(`/api/fairs/${encodeURIComponent(slug)}/stalls/${encodeURIComponent(code)}`);
  usePageTitle(t('fairs.plan.stallName', { code }));
  const error = fair.error ?? stall.error;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error) return <p role="alert">{errorMessage(t, error)}</p>;
  if (!fair.data || !stall.data) {
    return (
      <Loading />
    );
  }
  return (
    <article className="page page--narrow stall-page" aria-labelledby="page-title">
      <nav className="breadcrumbs" aria-label={t('fairs.breadcrumbs')}>
        <Link to="/fairs">{t('fairs.title')}</Link> › <Link to={`/fairs/${fair.data.slug}`}>{pick(fair.data.name)}</Link>
      </nav>
      <h1 id="page-title">{stall.data.exhibitor ? stall.data.exhibitor.producerName : t('fairs.plan.stallName', { code: stall.data.stall.code })}</h1>
      <p className="muted">
        {pick(fair.data.name)} · {t('fairs.dates', { from: formatDate(fair.data.startsOn), to: formatDate(fair.data.endsOn) })}
      </p>
      <ExhibitorCard page={stall.data} />
      <p>
        <Link className="button button--primary" to={`/fairs/${fair.data.slug}?stall=${encodeURIComponent(stall.data.stall.code)}#plan-title`}>
          {t('fairs.stall.onPlan')}
        </Link>
      </p>
    </article>
  );
}
