import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../../../modules/catalogue/contract.ts';
import type { Fair } from '../../../../../modules/fairs/contract.ts';
import { productIneligibility } from '../../../../../modules/fairs/applications/product-eligibility.ts';
import { clock } from '../../../../../shared/time/clock.ts';
import { formatDate } from '../../../../format.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import { StarRating } from '../../../catalogue/shared/StarRating.tsx';
import { StatusBadge } from '../../../catalogue/shared/StatusBadge.tsx';

/**
 * The producer's products to tick. Those the fair cannot take (revoked, expired, expiring before
 * its last day, too few stars) are listed as such, with the reason, and cannot be ticked: the
 * same rule the server applies.
 */
export function ProductChoices({ fair, products, chosen, onChange }: { fair: Fair; products: readonly ProductSummary[]; chosen: ReadonlySet<string>; onChange(next: Set<string>): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const today = clock.today();
  const rows = products.map((product) => ({
    product,
    reason: productIneligibility({ stars: product.stars, revoked: product.certificateStatus === 'revoked', expiryDate: product.expiryDate }, product.producer.country, fair, today),
  }));
  // Eligible first, so the ones to tick are together.
  rows.sort((a, b) => Number(a.reason !== null) - Number(b.reason !== null));
  return (
    <ul className="choice-list">
      {rows.map(({ product, reason }) => (
        <li key={product.id} className={`checkbox-field${reason ? ' choice-list__item--ineligible' : ''}`}>
          <input
            id={`product-${product.id}`}
            type="checkbox"
            disabled={reason !== null}
            aria-describedby={reason ? `product-${product.id}-why` : undefined}
            checked={chosen.has(product.id)}
            onChange={() => {
              const next = new Set(chosen);
              if (next.has(product.id)) next.delete(product.id);
              else next.add(product.id);
              onChange(next);
            }}
          />
          <label htmlFor={`product-${product.id}`}>
            <span className="cell-title">{pick(product.name)}</span>{' '}
            <span className="choice-list__meta">
              <StarRating stars={product.stars} /> <StatusBadge status={product.certificateStatus} />
              {product.expiryDate && <span className="muted"> {t('myFairs.apply.expires', { date: formatDate(product.expiryDate) })}</span>}
            </span>
            {reason && (
              <span id={`product-${product.id}-why`} className="choice-list__why">
                {t(`myFairs.apply.ineligible.${reason}`, { stars: fair.minStars, to: formatDate(fair.endsOn) })}
              </span>
            )}
          </label>
        </li>
      ))}
    </ul>
  );
}
