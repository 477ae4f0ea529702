import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ProducerDetail, ProducerInput } from '../../../../modules/catalogue/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { isStaff, useSession } from '../../../session/session-context.ts';
import NotAllowedPage from '../../not-allowed/NotAllowedPage.tsx';
import NotFoundPage from '../../not-found/NotFoundPage.tsx';
import { BackLink, CreatedMessage, ProducerLinks } from './edit-page-parts.tsx';
import { EMPTY_PRODUCER, ProducerForm, producerValues } from './ProducerForm.tsx';
import { TraineeCourses } from '../../training/shared/TraineeCourses.tsx';
import { ProducerProducts } from './ProducerProducts.tsx';

/**
 * `/admin/catalogue/producers/new` and `/admin/catalogue/producers/:id`: register or change a
 * producer (a producer account changes its own profile), with its products below.
 */
export default function ProducerEditPage() {
  const { id } = useParams();
  return id ? <EditProducer id={id} /> : <NewProducer />;
}

function NewProducer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useApiMutation<{ id: string }, ProducerInput>({ method: 'POST', path: '/api/producers', invalidates: ['/api/producers'] });
  usePageTitle(t('admin.producers.newTitle'));
  return (
    <section className="page" aria-labelledby="page-title">
      <BackLink staffTo="/admin/catalogue/producers" staffLabel={t('admin.producers.backToList')} />
      <h1 id="page-title">{t('admin.producers.newTitle')}</h1>
      <ProducerForm
        initial={EMPTY_PRODUCER}
        submitLabel={t('admin.producers.create')}
        onSubmit={(body) => create.mutateAsync(body)}
        onSaved={(created, body) =>
          navigate(`/admin/catalogue/producers/${created.id}`, { state: { message: t('admin.producers.created', { name: body.name }) } })
        }
      />
    </section>
  );
}

function EditProducer({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const path = `/api/producers/${encodeURIComponent(id)}`;
  const producer = useApiQuery<ProducerDetail>(path);
  const save = useApiMutation<void, ProducerInput>({ method: 'PATCH', path, invalidates: ['/api/producers', '/api/products'] });
  usePageTitle(producer.data?.name ?? t('admin.producers.title'));
  const user = session.status === 'signed-in' ? session.user : null;
  if (!user) return null;
  const staff = isStaff(user.role);
  if (!staff && user.producerId !== id) return <NotAllowedPage />;

  return (
    <QueryView query={producer} notFound={<NotFoundPage />}>
      {(data) => (
        <section className="page" aria-labelledby="page-title">
          <BackLink staffTo="/admin/catalogue/producers" staffLabel={t('admin.producers.backToList')} />
          <div className="page-heading">
            <h1 id="page-title">{data.name}</h1>
            <p className="actions actions--tight">
              <ProducerLinks producerId={data.id} />
            </p>
          </div>
          <CreatedMessage state={location.state} />
          <ProducerForm
            key={data.id}
            initial={producerValues(data)}
            submitLabel={t('admin.save')}
            successMessage={t('admin.saved')}
            onSubmit={(body) => save.mutateAsync(body)}
          />
          <ProducerProducts producer={data} />
          <TraineeCourses producerId={data.id} />
        </section>
      )}
    </QueryView>
  );
}
