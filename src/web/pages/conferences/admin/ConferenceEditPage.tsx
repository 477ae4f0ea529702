import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Conference } from '../../../../modules/trade/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { ConferenceForm } from './form/ConferenceForm.tsx';

/** `/admin/conferences/new`: a new conference, as a draft; its back-office page opens after saving. */
export function NewConferencePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('conferences.form.newTitle'));
  return (
    <section className="page" aria-labelledby="page-title">
      <p className="back-link"><Link to="/admin/conferences">← {t('conferences.admin.all')}</Link></p>
      <h1 id="page-title">{t('conferences.form.newTitle')}</h1>
      <ConferenceForm conference={null} onSaved={(slug) => void navigate(`/admin/conferences/${slug}`)} />
    </section>
  );
}

/** `/admin/conferences/:slug/edit`: the conference's names, dates, windows, sessions and programme. */
export default function ConferenceEditPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const conference = useApiQuery<Conference>(`/api/conferences/${slug}`);
  usePageTitle(t('conferences.form.editTitle'));
  return (
    <section className="page" aria-labelledby="page-title">
      <p className="back-link"><Link to={`/admin/conferences/${slug}`}>← {conference.data ? pick(conference.data.name) : t('conferences.admin.title')}</Link></p>
      <h1 id="page-title">{t('conferences.form.editTitle')}</h1>
      <QueryView query={conference}>{(c) => <ConferenceForm key={c.id} conference={c} onSaved={() => undefined} />}</QueryView>
    </section>
  );
}
