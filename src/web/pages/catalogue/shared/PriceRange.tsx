import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../format.ts';

/** A price range in VND: "120.000 ₫ – 180.000 ₫", one price, "from …", "up to …" or "not given". */
export function PriceRange({ min, max }: { min: number | null; max: number | null }) {
  const { t } = useTranslation();
  if (min === null && max === null) return <span className="muted">{t('catalogue.product.noPrice')}</span>;
  if (min !== null && max !== null) {
    return <span>{min === max ? formatVnd(min) : `${formatVnd(min)} – ${formatVnd(max)}`}</span>;
  }
  if (min !== null) return <span>{t('catalogue.product.priceFrom', { price: formatVnd(min) })}</span>;
  return <span>{t('catalogue.product.priceUpTo', { price: formatVnd(max) })}</span>;
}
