// What a trainee's phone opens from the QR code shown in the room: the check-in is sent at once
// with the code of the scan (it works for a minute or two), and the answer says present or late.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CheckInResult } from '../../../modules/training/contract.ts';
import { errorMessage } from '../../api/error-message.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';

/** `/training/:slug/check-in/:session?token=…` (signed in): check myself in to a session. */
export default function CheckInPage() {
  const { slug = '', session = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const { t } = useTranslation();
  usePageTitle(t('training.checkIn.title'));
  const send = useApiMutation<CheckInResult, void>({ path: `/api/training/courses/${slug}/sessions/${session}/check-in`, body: () => ({ token }), invalidates: ['/api/training'] });
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    send.mutate();
  }, [send, token]);

  return (
    <section className="page verify-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('training.checkIn.title')}</h1>
      <div aria-live="polite">
        {!token ? (
          <p className="form-error" role="alert">{t('training.checkIn.noToken')}</p>
        ) : send.isError ? (
          <div className="verdict verdict--unknown" role="alert">
            <p className="verdict__headline">{errorMessage(t, send.error)}</p>
            <p>{t('training.checkIn.scanAgain')}</p>
          </div>
        ) : send.data ? (
          <div className={`verdict verdict--${send.data.status === 'late' ? 'expiring' : 'valid'}`} role="status">
            <p className="verdict__headline">
              <span className="verdict__icon" aria-hidden="true">✓</span>
              <span className="verdict__text">{t(`training.attendance.${send.data.status}`)}</span>
            </p>
            <p className="verdict__explain">
              {t(send.data.alreadyRecorded ? 'training.checkIn.already' : 'training.checkIn.done', { at: formatDateTime(send.data.recordedAt) })}
            </p>
          </div>
        ) : (
          <p className="loading" role="status">{t('training.checkIn.sending')}</p>
        )}
      </div>
      <p><Link to={`/training/${slug}`}>{t('training.checkIn.back')}</Link></p>
    </section>
  );
}
