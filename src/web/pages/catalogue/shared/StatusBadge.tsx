import { useTranslation } from 'react-i18next';
import type { ProductCertificateStatus } from '../../../../modules/catalogue/contract.ts';
import { STATUS_ICONS } from './codes.ts';

/**
 * A certificate status in words, an icon and a colour (green valid, amber expiring, red expired,
 * grey revoked, outlined not certified): never colour alone.
 */
export function StatusBadge({ status, size = 'normal' }: { status: ProductCertificateStatus; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  return (
    <span className={`cert-badge cert-badge--${status}${size === 'large' ? ' cert-badge--large' : ''}`} data-status={status}>
      <span className="cert-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      <span className="cert-badge__text">{t(`certificate.status.${status}`)}</span>
    </span>
  );
}
