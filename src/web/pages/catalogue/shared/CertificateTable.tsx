import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../../modules/catalogue/contract.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { authorityLevelName, legalBasisName } from './catalogue-data.ts';
import { StarRating } from './StarRating.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** A product's certificates, newest first as given: rating, decision, validity, status (and the page's own columns). */
export function CertificateTable({
  caption,
  certificates,
  currentId,
  extraColumns = [],
}: {
  caption: string;
  certificates: readonly Certificate[];
  currentId: string | null;
  extraColumns?: readonly Column<Certificate>[];
}) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const columns: Column<Certificate>[] = [
    {
      id: 'rating',
      header: t('certificate.columns.rating'),
      cell: (certificate) => (
        <>
          <StarRating stars={certificate.stars} potentialFiveStar={certificate.potentialFiveStar} />
          {certificate.score !== null && <span className="cell-sub">{t('certificate.score', { score: certificate.score })}</span>}
        </>
      ),
    },
    {
      id: 'decision',
      header: t('certificate.columns.decision'),
      cell: (certificate) => (
        <>
          <span className="cell-title">{certificate.decisionNumber}</span>
          <span className="cell-sub">
            {formatDate(certificate.decisionDate)} · {authorityLevelName(certificate.authorityLevel, language)}
            {certificate.authorityName ? ` (${certificate.authorityName})` : ''}
          </span>
          <span className="cell-sub">{legalBasisName(certificate.legalBasis, language)}</span>
        </>
      ),
    },
    {
      id: 'validity',
      header: t('certificate.columns.validity'),
      cell: (certificate) => `${formatDate(certificate.issueDate)} – ${formatDate(certificate.expiryDate)}`,
    },
    {
      id: 'status',
      header: t('certificate.columns.status'),
      cell: (certificate) => (
        <>
          <StatusBadge status={certificate.status} />
          {certificate.id === currentId && <span className="cell-sub">{t('certificate.current')}</span>}
          {certificate.revokedOn && <span className="cell-sub">{t('certificate.revokedOnDate', { date: formatDate(certificate.revokedOn) })}</span>}
          {certificate.revocationReason && pick(certificate.revocationReason) && (
            <span className="cell-sub">
              {t('certificate.revocationReason')}: {pick(certificate.revocationReason)}
            </span>
          )}
        </>
      ),
    },
    ...extraColumns,
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={certificates}
      rowKey={(certificate) => certificate.id}
      rowClassName={(certificate) => (certificate.id === currentId ? 'is-current' : undefined)}
    />
  );
}
