import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CertificateList } from '../../../modules/training/contract.ts';
import { TRAINEE_ROLES } from '../../../modules/training/training-access.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { useSession } from '../../session/session-context.ts';

/** A signed-in trainee's certificates on /training: the public check and the PDF in either language. */
export function MyCertificates() {
  const session = useSession();
  const trainee = session.status === 'signed-in' && TRAINEE_ROLES.includes(session.user.role);
  const mine = useApiQuery<CertificateList>(trainee ? '/api/training/my-certificates' : null);
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (!trainee || !mine.data || mine.data.items.length === 0) return null;
  return (
    <section aria-labelledby="my-certificates">
      <h2 id="my-certificates">{t('training.mine.title')}</h2>
      <ul>
        {mine.data.items.map((c) => (
          <li key={c.code}>
            <Link to={`/training/certificates/${c.code}`}>{pick(c.course.name)}</Link> · {formatDate(c.issuedOn)}
            {c.revokedAt ? ` · ${t('training.check.verdict.revoked')}` : ''} ·{' '}
            <a href={`/api/training/certificates/${c.code}/pdf?lang=vi`}>{t('training.mine.pdfVi')}</a> ·{' '}
            <a href={`/api/training/certificates/${c.code}/pdf?lang=en`}>{t('training.mine.pdfEn')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
