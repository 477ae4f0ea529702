import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProducerDetail } from '../../../modules/catalogue/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import NotFoundPage from '../not-found/NotFoundPage.tsx';
import { inForce } from './shared/codes.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { isStaff, useSession } from '../../session/session-context.ts';
import NotAllowedPage from '../not-allowed/NotAllowedPage.tsx';

/**
 * `/catalogue/producers/:id/labels`: a printable sheet of QR labels, one per product (by default
 * only products whose mark is in force: a label must not suggest an expired mark is valid).
 */
export default function LabelSheetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const producer = useApiQuery<ProducerDetail>(`/api/producers/${encodeURIComponent(id)}`);
  usePageTitle(t('labels.title', { name: producer.data?.name ?? '' }));
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : null;
  // Labels are printed by the programme's staff and by the producer itself, not by visitors.
  if (!user || (!isStaff(user.role) && user.producerId !== id)) return <NotAllowedPage />;
  return (
    <QueryView query={producer} notFound={<NotFoundPage />}>
      {(data) => <LabelSheet data={data} />}
    </QueryView>
  );
}

function LabelSheet({ data }: { data: ProducerDetail }) {
  const { t } = useTranslation();
  const [onlyInForce, setOnlyInForce] = useState(true);
  const products = data.products.filter((product) => !onlyInForce || inForce(product.certificateStatus));
  const leftOut = data.products.length - products.length;

  return (
    <section className="page page--wide label-sheet-page" aria-labelledby="page-title">
      <div className="no-print">
        <nav className="breadcrumbs" aria-label={t('catalogue.breadcrumbs')}>
          <Link to={`/catalogue/producers/${data.id}`}>{data.name}</Link>
        </nav>
        <div className="page-heading">
          <h1 id="page-title">{t('labels.title', { name: data.name })}</h1>
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('labels.print')}
          </button>
        </div>
        <p className="lead">{t('labels.intro')}</p>
        <div className="checkbox-field">
          <input id="labels-in-force" type="checkbox" checked={onlyInForce} onChange={(event) => setOnlyInForce(event.target.checked)} />
          <label htmlFor="labels-in-force">{t('labels.onlyInForce')}</label>
        </div>
        <p className="muted" aria-live="polite">
          {t('labels.count', { count: products.length })}
          {leftOut > 0 && ` ${t('labels.leftOut', { count: leftOut })}`}
        </p>
      </div>
      {products.length === 0 ? (
        <p>{t('labels.empty')}</p>
      ) : (
        <ul className="label-sheet" aria-label={t('labels.sheet')}>
          {products.map((product) => (
            <li key={product.id} className="qr-label">
              <img className="qr-label__qr" src={`/api/verify/${encodeURIComponent(product.code)}/qr?format=svg`} alt={t('catalogue.product.qrAlt', { code: product.code })} />
              <div className="qr-label__text">
                <p className="qr-label__brand">OCOP {product.stars !== null && <span aria-hidden="true">{'★'.repeat(product.stars)}</span>}</p>
                {product.stars !== null && <p className="qr-label__stars">{t('certificate.stars', { count: product.stars })}</p>}
                <p className="qr-label__name" lang="vi">
                  {product.name.vi}
                </p>
                <p className="qr-label__name-en" lang="en">
                  {product.name.en}
                </p>
                <p className="qr-label__code">
                  {t('labels.code')}: <strong>{product.code}</strong>
                </p>
                {product.expiryDate && inForce(product.certificateStatus) && (
                  <p className="qr-label__expiry">{t('labels.validUntil', { date: formatDate(product.expiryDate) })}</p>
                )}
                {!inForce(product.certificateStatus) && (
                  <p className="qr-label__warning">{t(`certificate.status.${product.certificateStatus}`)}</p>
                )}
                <p className="qr-label__scan">{t('labels.scan')}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
