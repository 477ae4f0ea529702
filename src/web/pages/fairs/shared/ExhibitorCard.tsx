import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StallPage } from '../../../../modules/fairs/contract.ts';
import { SERVICE_LABELS, ZONE_LABELS, type Zone } from '../../../../modules/fairs/zones.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { StarRating } from '../../catalogue/shared/StarRating.tsx';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';

/**
 * Who is at a stall and where from (the province, or the country of a foreign exhibitor) and
 * what they show, each product with its certificate status in words and colour; or what a
 * service point offers.
 */
export function ExhibitorCard({ page, headingLevel = 2 }: { page: StallPage; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const zone = ZONE_LABELS[page.stall.zone as Zone];
  return (
    <div className="exhibitor-card">
      <p className="exhibitor-card__stall">
        {t('fairs.plan.stallName', { code: page.stall.code })}
        {zone && <> · {pick(zone)}</>}
      </p>
      {page.exhibitor ? (
        <>
          <Heading className="exhibitor-card__name">
            <Link to={`/catalogue/producers/${page.exhibitor.producerId}`}>{page.exhibitor.producerName}</Link>
          </Heading>
          <p className="exhibitor-card__origin">{pick(page.exhibitor.origin)}</p>
          {page.exhibitor.products.length === 0 ? (
            <p className="muted">{t('fairs.stall.noProducts')}</p>
          ) : (
            <ul className="exhibitor-card__products" aria-label={t('fairs.stall.products')}>
              {page.exhibitor.products.map((product) => (
                <li key={product.id}>
                  <Link className="cell-title" to={`/catalogue/products/${product.id}`}>
                    {pick(product.name)}
                  </Link>
                  <span className="exhibitor-card__meta">
                    <StarRating stars={product.stars} />
                    <StatusBadge status={product.certificateStatus} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{page.stall.service ? pick(SERVICE_LABELS[page.stall.service]) : page.stall.zone === 'stage' ? t('fairs.stall.stage') : t('fairs.stall.empty')}</p>
      )}
    </div>
  );
}
