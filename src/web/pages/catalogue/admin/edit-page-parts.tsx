import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SavedStatus } from '../../../kit/form/SavedStatus.tsx';
import { isStaff, useSession } from '../../../session/session-context.ts';

/** Back to the staff list, or to the producer account's workspace. */
export function BackLink({ staffTo, staffLabel }: { staffTo: string; staffLabel: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = session.status === 'signed-in' && isStaff(session.user.role);
  return (
    <p className="back-link">
      <Link to={staff ? staffTo : '/admin'}>← {staff ? staffLabel : t('admin.backToWorkspace')}</Link>
    </p>
  );
}

/** A producer's public page and its QR labels. */
export function ProducerLinks({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Link className="button button--secondary" to={`/catalogue/producers/${producerId}`}>
        {t('admin.viewPublic')}
      </Link>
      <Link className="button button--secondary" to={`/catalogue/producers/${producerId}/labels`}>
        {t('catalogue.producer.labels')}
      </Link>
    </>
  );
}

/** "Added …", carried in the router state by the page that created the record. */
export function CreatedMessage({ state }: { state: unknown }) {
  return <SavedStatus message={(state as { message?: string } | null)?.message} />;
}
