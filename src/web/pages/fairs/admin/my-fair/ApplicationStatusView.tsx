import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application, Fair } from '../../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../../api/error-message.ts';
import { formatDateTime } from '../../../../format.ts';
import { useLocalized } from '../../../../i18n/use-localized.ts';
import { useApiMutation } from '../../../../kit/query/useApiMutation.ts';

type ApplicationStall = Application['stalls'][number];

/** The application's decision and its stalls; an offered stall is confirmed here before its deadline. */
export function ApplicationStatusView({ fair, application }: { fair: Fair; application: Application }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const confirm = useApiMutation<void, ApplicationStall>({
    path: (stall) => `/api/fairs/${fair.slug}/assignments/${stall.assignmentId ?? ''}/confirm`,
    body: () => undefined,
    invalidates: [`/api/fairs/${fair.slug}`],
    onSuccess: (_, stall) => setConfirmed(stall.code),
  });

  return (
    <section className="form-section application-status" aria-labelledby="application-title">
      <h2 id="application-title">{t('myFairs.status.title')}</h2>
      <p>
        {t('myFairs.status.now')}{' '}
        <strong className={`app-status app-status--${application.status}`}>{t(`adminFairs.applicationStatus.${application.status}`)}</strong>
      </p>
      <p className="muted">{t(`myFairs.status.explain.${application.status}`)}</p>
      {application.decisionReason && (
        <p>
          {t('myFairs.status.reason')} <em>{application.decisionReason}</em>
        </p>
      )}
      <p className="muted">
        {t('adminFairs.applications.stallCount', { count: application.stallCount })} · {application.products.map((p) => pick(p.name)).join(', ')}
      </p>
      {application.stalls.length > 0 && (
        <ul className="offer-list" aria-label={t('myFairs.status.stalls')}>
          {application.stalls.map((stall) => (
            <li key={stall.id} className="card offer">
              <p>
                <strong>{t('fairs.plan.stallName', { code: stall.code })}</strong> ·{' '}
                {stall.status === 'held' || stall.status === 'confirmed' ? t(`adminFairs.assignment.${stall.status}`) : stall.status} ·{' '}
                <Link to={`/fairs/${fair.slug}?stall=${encodeURIComponent(stall.code)}`}>{t('fairs.stall.onPlan')}</Link>
              </p>
              {stall.status === 'held' && (
                <>
                  {stall.holdExpiresAt && <p>{t('myFairs.status.holdUntil', { at: formatDateTime(stall.holdExpiresAt) })}</p>}
                  {stall.assignmentId ? (
                    <button type="button" className="button button--primary" disabled={confirm.isPending} onClick={() => confirm.mutate(stall)}>
                      {t('myFairs.status.confirm', { code: stall.code })}
                    </button>
                  ) : (
                    <p className="muted">{t('myFairs.status.cannotConfirm')}</p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {confirmed && !confirm.error && (
        <p className="form-success" role="status">
          {t('myFairs.status.confirmed', { code: confirmed })}
        </p>
      )}
      {confirm.error && (
        <p className="form-error" role="alert">
          {errorMessage(t, confirm.error)}
        </p>
      )}
    </section>
  );
}
