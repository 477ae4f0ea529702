import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Certificate, ProductDetail } from '../../../modules/catalogue/contract.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { isStaff, useSession } from '../../session/session-context.ts';
import NotFoundPage from '../not-found/NotFoundPage.tsx';
import { categoryName, countryLabel, producerTypeName, provinceLabel } from './shared/catalogue-data.ts';
import { PriceRange } from './shared/PriceRange.tsx';
import { StarRating } from './shared/StarRating.tsx';
import { StatusBadge } from './shared/StatusBadge.tsx';
import { CertificateTable } from './shared/CertificateTable.tsx';
import { WhereToBuy } from './shared/WhereToBuy.tsx';

/** `/catalogue/products/:id`: a product, its certificate today and its history, and its QR code. */
export default function ProductPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const product = useApiQuery<ProductDetail>(`/api/products/${encodeURIComponent(id)}`);
  const { pick } = useLocalized();
  usePageTitle(product.data ? pick(product.data.name) : t('catalogue.product.title'));

  return (
    <QueryView query={product} notFound={<NotFoundPage />}>
      {(data) => <ProductView product={data} />}
    </QueryView>
  );
}

function ProductView({ product }: { product: ProductDetail }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : null;
  const canEdit = !!user && (isStaff(user.role) || (user.role === 'producer' && user.producerId === product.producer.id));
  const current = product.certificates.find((certificate) => certificate.id === product.currentCertificateId) ?? null;
  const otherLanguage = language === 'vi' ? 'en' : 'vi';
  const otherName = product.name[otherLanguage];
  const place =
    product.producer.country === 'VN'
      ? provinceLabel(product.producer.province, language)
      : `${product.producer.province}, ${countryLabel(product.producer.country, language)}`;
  const description = pick(product.description);
  const packaging = pick(product.packaging);

  return (
    <article className="page page--wide product-page" aria-labelledby="page-title">
      <nav className="breadcrumbs" aria-label={t('catalogue.breadcrumbs')}>
        <Link to="/catalogue">{t('catalogue.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/catalogue?category=${encodeURIComponent(product.categoryCode)}`}>{categoryName(product.categoryCode, language)}</Link>
      </nav>
      <div className="page-heading">
        <div>
          <h1 id="page-title">{pick(product.name)}</h1>
          {otherName && otherName !== pick(product.name) && (
            <p className="other-name" lang={otherLanguage}>
              {otherName}
            </p>
          )}
        </div>
        {canEdit && (
          <Link className="button button--secondary" to={`/admin/catalogue/products/${product.id}`}>
            {t('catalogue.product.edit')}
          </Link>
        )}
      </div>

      <div className="product-page__layout">
        <div className="product-page__main">
          <CurrentCertificate product={product} current={current} />

          {product.photos.length > 0 && (
            <ul className="photo-strip" aria-label={t('catalogue.product.photos')}>
              {product.photos.map((url, index) => (
                <li key={url}>
                  <img src={url} alt={t('catalogue.product.photoAlt', { name: pick(product.name), number: index + 1 })} loading="lazy" />
                </li>
              ))}
            </ul>
          )}

          {description && (
            <section aria-labelledby="product-description">
              <h2 id="product-description">{t('catalogue.product.description')}</h2>
              <p className="prose">{description}</p>
            </section>
          )}

          <section aria-labelledby="product-facts">
            <h2 id="product-facts">{t('catalogue.product.facts')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('catalogue.product.producer')}</dt>
                <dd>
                  <Link to={`/catalogue/producers/${product.producer.id}`}>{product.producer.name}</Link>
                  <span className="cell-sub">
                    {producerTypeName(product.producer.type, language)} · {place}
                  </span>
                </dd>
              </div>
              {product.craftVillage && (
                <div>
                  <dt>{t('catalogue.product.craftVillage')}</dt>
                  <dd>
                    <Link to={`/catalogue?craftVillage=${product.craftVillage.id}`}>{pick(product.craftVillage.name)}</Link>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('catalogue.product.category')}</dt>
                <dd>
                  {categoryName(product.categoryCode, language, { path: true })} <span className="muted">({product.categoryCode})</span>
                </dd>
              </div>
              <div>
                <dt>{t('catalogue.product.price')}</dt>
                <dd>
                  <PriceRange min={product.priceMinVnd} max={product.priceMaxVnd} />
                </dd>
              </div>
              {packaging && (
                <div>
                  <dt>{t('catalogue.product.packaging')}</dt>
                  <dd>{packaging}</dd>
                </div>
              )}
              <div>
                <dt>{t('catalogue.product.code')}</dt>
                <dd>
                  <code className="product-code">{product.code}</code>
                </dd>
              </div>
            </dl>
          </section>

          <WhereToBuy productId={product.id} />
          <CertificateHistory certificates={product.certificates} currentId={product.currentCertificateId} />
        </div>

        <aside className="product-page__aside" aria-labelledby="qr-title">
          <div className="card qr-card">
            <h2 id="qr-title">{t('catalogue.product.qrTitle')}</h2>
            <img
              className="qr-card__image"
              src={`/api/verify/${encodeURIComponent(product.code)}/qr?format=svg`}
              alt={t('catalogue.product.qrAlt', { code: product.code })}
              width={200}
              height={200}
            />
            <p className="qr-card__code">
              <code>{product.code}</code>
            </p>
            <p>{t('catalogue.product.qrText')}</p>
            <p className="actions">
              <Link className="button button--primary" to={`/verify/${product.code}`}>
                {t('catalogue.product.checkNow')}
              </Link>
              <a className="button button--secondary" href={`/api/verify/${encodeURIComponent(product.code)}/qr?format=png`} download={`ocop-qr-${product.code}.png`}>
                {t('catalogue.product.downloadQr')}
              </a>
            </p>
          </div>
        </aside>
      </div>
    </article>
  );
}

/** The status today in words and colour, with stars and the dates; never "valid" when it is not. */
function CurrentCertificate({ product, current }: { product: ProductDetail; current: Certificate | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const status = product.certificateStatus;
  return (
    <section className={`status-panel status-panel--${status}`} aria-labelledby="current-certificate">
      <h2 id="current-certificate" className="visually-hidden">
        {t('catalogue.product.currentCertificate')}
      </h2>
      <div className="status-panel__head">
        <StatusBadge status={status} size="large" />
        {current && <StarRating stars={current.stars} potentialFiveStar={current.potentialFiveStar} />}
      </div>
      <p className="status-panel__explain">{t(`certificate.explain.${status}`)}</p>
      {current && (
        <dl className="facts facts--compact">
          <div>
            <dt>{t('certificate.issueDate')}</dt>
            <dd>{formatDate(current.issueDate)}</dd>
          </div>
          <div>
            <dt>{t('certificate.expiryDate')}</dt>
            <dd>{formatDate(current.expiryDate)}</dd>
          </div>
          {current.revokedOn && (
            <div>
              <dt>{t('certificate.revokedOn')}</dt>
              <dd>{formatDate(current.revokedOn)}</dd>
            </div>
          )}
          {current.revocationReason && pick(current.revocationReason) && (
            <div className="facts__wide">
              <dt>{t('certificate.revocationReason')}</dt>
              <dd>{pick(current.revocationReason)}</dd>
            </div>
          )}
          <div>
            <dt>{t('certificate.decision')}</dt>
            <dd>
              {current.decisionNumber} ({formatDate(current.decisionDate)})
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}

function CertificateHistory({ certificates, currentId }: { certificates: Certificate[]; currentId: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="certificate-history">
      <h2 id="certificate-history">{t('catalogue.product.history')}</h2>
      {certificates.length === 0 ? (
        <p>{t('catalogue.product.noCertificates')}</p>
      ) : (
        <CertificateTable caption={t('catalogue.product.history')} certificates={certificates} currentId={currentId} />
      )}
    </section>
  );
}
