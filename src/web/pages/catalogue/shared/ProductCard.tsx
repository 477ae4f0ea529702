import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductSummary } from '../../../../modules/catalogue/contract.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { categoryName, countryLabel, provinceLabel } from './catalogue-data.ts';
import { ExpiryNote } from './ExpiryNote.tsx';
import { StarRating } from './StarRating.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** One product in a result list: name, producer, category, stars and certificate status. */
export function ProductCard({ product, showProducer = true }: { product: ProductSummary; showProducer?: boolean }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const place =
    product.producer.country === 'VN'
      ? provinceLabel(product.producer.province, language)
      : `${product.producer.province}, ${countryLabel(product.producer.country, language)}`;
  return (
    <li className="product-card" data-status={product.certificateStatus}>
      <div className="product-card__status">
        <StatusBadge status={product.certificateStatus} />
        <ExpiryNote status={product.certificateStatus} expiryDate={product.expiryDate} />
      </div>
      <h3 className="product-card__name">
        <Link to={`/catalogue/products/${product.id}`}>{pick(product.name)}</Link>
      </h3>
      {showProducer && (
        <p className="product-card__producer">
          <span className="visually-hidden">{t('catalogue.product.producer')}: </span>
          {product.producer.name}
        </p>
      )}
      <p className="product-card__meta">
        {categoryName(product.categoryCode, language)} · {place}
      </p>
      <p className="product-card__rating">
        <StarRating stars={product.stars} />
      </p>
      <p className="product-card__code">
        {t('catalogue.product.code')}: <code>{product.code}</code>
      </p>
    </li>
  );
}
