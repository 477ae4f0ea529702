import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerDetail } from '../../../../modules/catalogue/contract.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { countryLabel, producerTypeName, provinceLabel } from '../../catalogue/shared/catalogue-data.ts';
import { ProducerProducts } from './ProducerEditPage.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

/** A producer account's workspace: its producer profile and its products, each editable. */
export function ProducerWorkspace({ producerId }: { producerId: string | null }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const producer = useApiGet<ProducerDetail>(producerId ? `/api/producers/${encodeURIComponent(producerId)}` : null);
  if (!producerId) {
    return (
      <p className="notice" role="status">
        {t('producerWorkspace.notLinked')}
      </p>
    );
  }
  if (producer.error) {
    return (
      <LoadFailed state={producer} />
    );
  }
  if (!producer.data) {
    return (
      <Loading />
    );
  }
  const data = producer.data;
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
          <Link className="button button--secondary" to={`/catalogue/producers/${data.id}`}>
            {t('admin.viewPublic')}
          </Link>
          <Link className="button button--secondary" to={`/catalogue/producers/${data.id}/labels`}>
            {t('catalogue.producer.labels')}
          </Link>
        </p>
      </section>
      <p className="muted">{t('producerWorkspace.certificatesNote')}</p>
      <ProducerProducts producer={data} />
    </>
  );
}
