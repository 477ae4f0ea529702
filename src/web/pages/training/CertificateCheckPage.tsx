// The public check of a training certificate, behind the QR code printed on it: no sign-in, the
// same shape as the product certificate check (/verify/CODE), valid or revoked with when and why.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CertificateCheck } from '../../../modules/training/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import i18n from '../../i18n/index.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';

/** `/training/certificates/:code`: whether a training certificate is genuine and still valid. */
export default function CertificateCheckPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const shown = code.toUpperCase();
  usePageTitle(t('training.check.titleCode', { code: shown }));
  const check = useApiQuery<CertificateCheck>(`/api/training/certificates/${encodeURIComponent(code)}`);
  const unknown = (
    <div className="verdict verdict--unknown" data-verdict="unknown">
      <p className="verdict__headline">
        <span className="verdict__icon" aria-hidden="true">?</span>
        {t('training.check.unknown')}
      </p>
      <p>{t('training.check.unknownText', { code: shown })}</p>
    </div>
  );
  return (
    <section className="page verify-page" aria-labelledby="page-title">
      <h1 id="page-title" className="verify-page__title">
        {t('training.check.title')} <span className="verify-page__code">{shown}</span>
      </h1>
      <div aria-live="polite">
        <QueryView query={check} notFound={unknown}>
          {(data) => <Verdict data={data} />}
        </QueryView>
      </div>
    </section>
  );
}

function Verdict({ data }: { data: CertificateCheck }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const other = language === 'vi' ? 'en' : 'vi';
  const valid = data.status === 'valid';
  return (
    <div className={`verdict verdict--${data.status}`} data-verdict={data.status} role="status">
      <p className="verdict__headline">
        <span className="verdict__icon" aria-hidden="true">{valid ? '✓' : '⊘'}</span>
        <span className="verdict__text">{t(`training.check.verdict.${data.status}`)}</span>
      </p>
      <p className="verdict__other" lang={other}>{i18n.getFixedT(other)(`training.check.verdict.${data.status}`)}</p>
      <p className="verdict__explain">
        {valid ? t('training.check.explainValid', { name: data.holderName }) : t('training.check.explainRevoked', { date: formatDate(data.revokedOn) })}
      </p>
      {!valid && data.revokedReason && (
        <p className="verdict__reason"><strong>{t('training.check.reason')}:</strong> {data.revokedReason}</p>
      )}
      <dl className="verdict__facts">
        <div><dt>{t('training.check.holder')}</dt><dd>{data.holderName}</dd></div>
        <div><dt>{t('training.check.course')}</dt><dd>{pick(data.course.name)}</dd></div>
        <div><dt>{t('training.check.issuedOn')}</dt><dd>{formatDate(data.issuedOn)}</dd></div>
        <div><dt>{t('training.check.attendance')}</dt><dd>{data.attendancePercent}%</dd></div>
        {data.revokedOn && <div><dt>{t('training.check.revokedOn')}</dt><dd>{formatDate(data.revokedOn)}</dd></div>}
        <div><dt>{t('training.check.checkedOn')}</dt><dd>{formatDate(data.checkedAt)}</dd></div>
      </dl>
    </div>
  );
}
