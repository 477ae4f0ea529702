import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceList } from '../../../../modules/trade/contract.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { isStaff, useSession } from '../../../session/session-context.ts';

/** On /admin: the conferences, to the back office (staff) or to one's trading workspace. */
export default function ConferencesPanel() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const session = useSession();
  const staff = session.user ? isStaff(session.user.role) : false;
  const list = useApiQuery<ConferenceList>('/api/conferences');
  return (
    <section className="card" aria-labelledby="conferences-panel">
      <h2 id="conferences-panel">{t('conferences.admin.title')}</h2>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('conferences.none')}>
        {(d) => (
          <ul>
            {d.items.map((c) => (
              <li key={c.id}>
                <Link to={staff ? `/admin/conferences/${c.slug}` : `/conferences/${c.slug}/workspace`}>{pick(c.name)}</Link>{' '}
                <span className="muted">{formatDate(c.startsOn)} · {t(`conferences.status.${c.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {staff && <p><Link to="/admin/conferences">{t('conferences.admin.all')}</Link></p>}
    </section>
  );
}
