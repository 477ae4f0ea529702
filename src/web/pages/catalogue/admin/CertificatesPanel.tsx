import { useState } from 'react';
import { SavedStatus } from '../../../kit/form/SavedStatus.tsx';
import { useTranslation } from 'react-i18next';
import type { Certificate, ProductDetail } from '../../../../modules/catalogue/contract.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import type { Column } from '../../../kit/list/DataTable.tsx';
import { CertificateTable } from '../shared/CertificateTable.tsx';
import { inForce } from '../shared/codes.ts';
import { CertificateForm } from './CertificateForm.tsx';
import { RevokeDialog } from './RevokeDialog.tsx';

/**
 * A product's certificates; staff add one (a new rating) or revoke one in force, with a reason.
 * Saving refreshes the cached product, so the page shows the new status.
 */
export function CertificatesPanel({ product, canManage }: { product: ProductDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const actions: Column<Certificate>[] = canManage
    ? [
        {
          id: 'actions',
          header: t('admin.products.columns.actions'),
          cell: (certificate) =>
            inForce(certificate.status) ? (
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={t('admin.certificates.revokeOne', { number: certificate.decisionNumber })}
                onClick={() => {
                  setMessage(null);
                  setRevoking(certificate);
                }}
              >
                {t('admin.certificates.revoke')}
              </button>
            ) : (
              <span className="muted">—</span>
            ),
        },
      ]
    : [];

  return (
    <section className="certificates-panel" aria-labelledby="certificates-title">
      <div className="page-heading">
        <h2 id="certificates-title">{t('admin.certificates.title')}</h2>
        {canManage && !adding && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setAdding(true);
              setMessage(null);
            }}
          >
            {t('admin.certificates.add')}
          </button>
        )}
      </div>
      {!canManage && <p className="muted">{t('admin.certificates.staffOnly')}</p>}
      <SavedStatus message={message} />
      {adding && (
        <CertificateForm
          productId={product.id}
          onCancel={() => setAdding(false)}
          onAdded={(text) => {
            setAdding(false);
            setMessage(text);
          }}
        />
      )}
      {product.certificates.length === 0 ? (
        <p>{t('catalogue.product.noCertificates')}</p>
      ) : (
        <CertificateTable caption={t('admin.certificates.title')} certificates={product.certificates} currentId={product.currentCertificateId} extraColumns={actions} />
      )}
      {revoking && (
        <RevokeDialog
          certificate={revoking}
          productName={pick(product.name)}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setMessage(t('admin.certificates.revoked', { number: revoking.decisionNumber }));
            setRevoking(null);
          }}
        />
      )}
    </section>
  );
}
