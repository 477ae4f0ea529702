import { useTranslation } from 'react-i18next';
import type { ProductCertificateStatus } from '../../../../modules/catalogue/contract.ts';
import { formatDate } from '../../../format.ts';

/** What the expiry date means for this status: "valid until …", "expired on …"; nothing otherwise. */
export function ExpiryNote({ status, expiryDate }: { status: ProductCertificateStatus; expiryDate: string | null }) {
  const { t } = useTranslation();
  if (!expiryDate) return null;
  if (status === 'valid' || status === 'expiring') {
    return <span className="expiry-note">{t('certificate.validUntil', { date: formatDate(expiryDate) })}</span>;
  }
  if (status === 'expired') {
    return <span className="expiry-note expiry-note--expired">{t('certificate.expiredOn', { date: formatDate(expiryDate) })}</span>;
  }
  return null;
}
