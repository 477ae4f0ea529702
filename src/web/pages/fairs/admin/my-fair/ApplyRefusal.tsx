import { useTranslation } from 'react-i18next';
import { INELIGIBLE_REASONS, type IneligibleReason } from '../../../../../modules/fairs/applications/product-eligibility.ts';
import type { ApiError } from '../../../../api/client.ts';
import { errorMessage } from '../../../../api/error-message.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';

interface Refused {
  name: { vi: string; en: string };
  reason: IneligibleReason;
}

function refusedProducts(details: unknown): Refused[] {
  if (typeof details !== 'object' || details === null || !('products' in details) || !Array.isArray(details.products)) return [];
  return (details.products as unknown[]).filter((p): p is Refused =>
    typeof p === 'object' && p !== null && 'reason' in p && (INELIGIBLE_REASONS as readonly unknown[]).includes(p.reason) && 'name' in p);
}

/** Why the application was refused, rendered now so that it follows a change of language; ineligible products by name and reason. */
export function ApplyRefusal({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const products = error.code === 'certificate_not_valid_for_fair' ? refusedProducts(error.details) : [];
  return (
    <div className="form-error" role="alert">
      <p>{errorMessage(t, error)}</p>
      {products.length > 0 && (
        <ul>
          {products.map((p) => (
            <li key={p.name.vi}>
              <strong>{pick(p.name)}</strong>: {t(`myFairs.apply.refused.${p.reason}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
