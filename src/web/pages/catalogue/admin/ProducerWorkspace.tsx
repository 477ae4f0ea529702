import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerDetail } from '../../../../modules/catalogue/contract.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { countryLabel, producerTypeName, provinceLabel } from '../shared/catalogue-data.ts';
import { ProducerLinks } from './edit-page-parts.tsx';
import { ProducerProducts } from './ProducerProducts.tsx';
import { useSession } from '../../../session/session-context.ts';

/** A producer account's workspace: its producer profile and its products, each editable. */
export function ProducerWorkspace({ producerId }: { producerId: string | null }) {
  const { t } = useTranslation();
  const producer = useApiQuery<ProducerDetail>(producerId ? `/api/producers/${encodeURIComponent(producerId)}` : null);
  if (!producerId) {
    return (
      <p className="notice" role="status">
        {t('producerWorkspace.notLinked')}
      </p>
    );
  }
  return <QueryView query={producer}>{(data) => <Workspace data={data} />}</QueryView>;
}

function Workspace({ data }: { data: ProducerDetail }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <>
      <section className="card profile-card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('producerWorkspace.profile')}</h2>
        <p className="profile-card__name">{data.name}</p>
        <p className="muted">
          {producerTypeName(data.type, language)} ·{' '}
          {data.country === 'VN' ? provinceLabel(data.province, language) : `${data.province}, ${countryLabel(data.country, language)}`}
        </p>
        {data.address && <p>{data.address}</p>}
        <p className="actions">
          <Link className="button button--primary" to={`/admin/catalogue/producers/${data.id}`}>
            {t('producerWorkspace.editProfile')}
          </Link>
          <ProducerLinks producerId={data.id} />
        </p>
      </section>
      <p className="muted">{t('producerWorkspace.certificatesNote')}</p>
      <ProducerProducts producer={data} />
    </>
  );
}

/** The workspace of the signed-in producer account (a panel of /admin). */
export default function SignedInProducerWorkspace() {
  const session = useSession();
  return session.status === 'signed-in' ? <ProducerWorkspace producerId={session.user.producerId} /> : null;
}
