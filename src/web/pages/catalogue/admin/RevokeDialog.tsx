import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../../modules/catalogue/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { ConfirmDialog } from '../../../kit/dialog/ConfirmDialog.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';

interface RevokeBody {
  reason: { vi: string; en?: string };
}

/** Asks before revoking (it cannot be undone) and takes the reason shoppers will read. */
export function RevokeDialog({ certificate, productName, onClose, onRevoked }: { certificate: Certificate; productName: string; onClose(): void; onRevoked(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reasonVi, setReasonVi] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  const [missing, setMissing] = useState(false);
  const revoke = useApiMutation<void, RevokeBody>({ method: 'POST', path: `/api/certificates/${certificate.id}/revoke`, onSuccess: onRevoked });

  const confirm = () => {
    setMissing(!reasonVi.trim());
    if (!reasonVi.trim()) return;
    const reason: RevokeBody['reason'] = { vi: reasonVi.trim() };
    if (reasonEn.trim()) reason.en = reasonEn.trim();
    revoke.mutate({ reason });
  };
  const reasonField = (lang: 'vi' | 'en', value: string, onChange: (text: string) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${lang}`}>{t(lang === 'vi' ? 'admin.certificates.reasonVi' : 'admin.certificates.reasonEn')}</label>
      <textarea id={`${id}-${lang}`} lang={lang} rows={lang === 'vi' ? 3 : 2} aria-required={lang === 'vi'} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );

  return (
    <ConfirmDialog
      open
      title={t('admin.certificates.revokeTitle')}
      message={<p>{t('admin.certificates.revokeText', { number: certificate.decisionNumber, product: productName })}</p>}
      confirmLabel={t('admin.certificates.confirmRevoke')}
      tone="danger"
      busy={revoke.isPending}
      error={missing ? t('admin.certificates.reasonRequired') : revoke.error ? errorMessage(t, revoke.error) : null}
      onConfirm={confirm}
      onCancel={onClose}
    >
      {reasonField('vi', reasonVi, setReasonVi)}
      {reasonField('en', reasonEn, setReasonEn)}
    </ConfirmDialog>
  );
}
