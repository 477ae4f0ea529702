import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProducerDetail } from '../../../modules/catalogue/contract.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { isStaff, useSession } from '../../session/session-context.ts';
import NotFoundPage from '../not-found/NotFoundPage.tsx';
import { countryLabel, producerTypeName, provinceLabel, regionName } from './shared/catalogue-data.ts';
import { ProductCard } from './shared/ProductCard.tsx';

/** `/catalogue/producers/:id`: an OCOP producer, how to reach it, and its products. */
export default function ProducerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const producer = useApiQuery<ProducerDetail>(`/api/producers/${encodeURIComponent(id)}`);
  usePageTitle(producer.data?.name ?? t('catalogue.producer.title'));

  return (
    <QueryView query={producer} notFound={<NotFoundPage />}>
      {(data) => <ProducerView producer={data} />}
    </QueryView>
  );
}

function ProducerView({ producer }: { producer: ProducerDetail }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : null;
  const canEdit = !!user && (isStaff(user.role) || (user.role === 'producer' && user.producerId === producer.id));
  const description = pick(producer.description);
  const inVietnam = producer.country === 'VN';
  const website = producer.website && /^https?:\/\//i.test(producer.website) ? producer.website : null;

  return (
    <article className="page page--wide producer-page" aria-labelledby="page-title">
      <nav className="breadcrumbs" aria-label={t('catalogue.breadcrumbs')}>
        <Link to="/catalogue/producers">{t('catalogue.producers.title')}</Link>
      </nav>
      <div className="page-heading">
        <div>
          <h1 id="page-title">{producer.name}</h1>
          <p className="other-name">
            <span className="tag tag--plain">{producerTypeName(producer.type, language)}</span>{' '}
            {inVietnam ? provinceLabel(producer.province, language) : `${producer.province}, ${countryLabel(producer.country, language)}`}
          </p>
        </div>
        <p className="actions actions--tight">
          {canEdit && (
            <Link className="button button--secondary" to={`/catalogue/producers/${producer.id}/labels`}>
              {t('catalogue.producer.labels')}
            </Link>
          )}
          {canEdit && (
            <Link className="button button--secondary" to={`/admin/catalogue/producers/${producer.id}`}>
              {t('catalogue.producer.edit')}
            </Link>
          )}
        </p>
      </div>

      {description && <p className="lead prose">{description}</p>}

      <section aria-labelledby="producer-facts">
        <h2 id="producer-facts" className="visually-hidden">
          {t('catalogue.producer.facts')}
        </h2>
        <dl className="facts facts--grid">
          {producer.address && (
            <div>
              <dt>{t('catalogue.producer.address')}</dt>
              <dd>{producer.address}</dd>
            </div>
          )}
          {(producer.commune || producer.legacyDistrict) && (
            <div>
              <dt>{t('catalogue.producer.commune')}</dt>
              <dd>
                {producer.commune ?? '—'}
                {producer.legacyDistrict && (
                  <span className="cell-sub">{t('catalogue.producer.legacyDistrict', { district: producer.legacyDistrict })}</span>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{inVietnam ? t('catalogue.producer.region') : t('catalogue.producer.country')}</dt>
            <dd>{inVietnam ? regionName(producer.region, language) : countryLabel(producer.country, language)}</dd>
          </div>
          {producer.craftVillage && (
            <div>
              <dt>{t('catalogue.producer.craftVillage')}</dt>
              <dd>
                <Link to={`/catalogue?craftVillage=${producer.craftVillage.id}`}>{pick(producer.craftVillage.name)}</Link>
              </dd>
            </div>
          )}
          {producer.contactName && (
            <div>
              <dt>{t('catalogue.producer.contact')}</dt>
              <dd>{producer.contactName}</dd>
            </div>
          )}
          {producer.phone && (
            <div>
              <dt>{t('catalogue.producer.phone')}</dt>
              <dd>
                <a href={`tel:${producer.phone.replace(/[^0-9+]/g, '')}`}>{producer.phone}</a>
              </dd>
            </div>
          )}
          {producer.email && (
            <div>
              <dt>{t('catalogue.producer.email')}</dt>
              <dd>
                <a href={`mailto:${producer.email}`}>{producer.email}</a>
              </dd>
            </div>
          )}
          {website && (
            <div>
              <dt>{t('catalogue.producer.website')}</dt>
              <dd>
                <a href={website} rel="noopener noreferrer" target="_blank">
                  {website.replace(/^https?:\/\//i, '')}
                </a>
              </dd>
            </div>
          )}
          {producer.taxCode && (
            <div>
              <dt>{t('catalogue.producer.taxCode')}</dt>
              <dd>{producer.taxCode}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="producer-products">
        <h2 id="producer-products">
          {t('catalogue.producer.products')}{' '}
          <span className="muted heading-note">
            {t('catalogue.producer.productCounts', { valid: producer.validProductCount, count: producer.productCount })}
          </span>
        </h2>
        {producer.products.length === 0 ? (
          <p>{t('catalogue.producer.noProducts')}</p>
        ) : (
          <ul className="product-grid" aria-labelledby="producer-products">
            {producer.products.map((product) => (
              <ProductCard key={product.id} product={product} showProducer={false} />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
