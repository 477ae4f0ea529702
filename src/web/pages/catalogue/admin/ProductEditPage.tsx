import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ProductDetail, ProductInput, ProductUpdate } from '../../../../modules/catalogue/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { isStaff, useSession } from '../../../session/session-context.ts';
import NotAllowedPage from '../../not-allowed/NotAllowedPage.tsx';
import NotFoundPage from '../../not-found/NotFoundPage.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { CertificatesPanel } from './CertificatesPanel.tsx';
import { BackLink, CreatedMessage } from './edit-page-parts.tsx';
import { ProducerPicker } from './ProducerPicker.tsx';
import { ProductForm, emptyProduct, productBody, productValues } from './ProductForm.tsx';

/**
 * `/admin/catalogue/products/new` and `/admin/catalogue/products/:id`: add or change a product;
 * staff also record and revoke its certificates. A producer account works on its own products
 * (the server checks too) and sees the certificates without changing them.
 */
export default function ProductEditPage() {
  const { id } = useParams();
  return id ? <EditProduct id={id} /> : <NewProduct />;
}

const backToList = (t: (key: string) => string) => <BackLink staffTo="/admin/catalogue/products" staffLabel={t('admin.products.backToList')} />;

function NewProduct() {
  const { t } = useTranslation();
  usePageTitle(t('admin.products.newTitle'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useApiMutation<{ id: string; code?: string }, ProductInput>({ method: 'POST', path: '/api/products', invalidates: ['/api/products', '/api/producers'] });
  const user = session.status === 'signed-in' ? session.user : null;
  if (!user) return null;
  const staff = isStaff(user.role);
  if (!staff && !user.producerId) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('admin.products.newTitle')}</h1>
        <p className="notice">{t('producerWorkspace.notLinked')}</p>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="page-title">
      {backToList(t)}
      <h1 id="page-title">{t('admin.products.newTitle')}</h1>
      {!staff && <p className="muted">{t('admin.products.forOwnProducer')}</p>}
      <ProductForm
        initial={emptyProduct(staff ? (params.get('producer') ?? '') : (user.producerId ?? ''))}
        producerPicker={staff ? <ProducerPicker /> : undefined}
        submitLabel={t('admin.products.create')}
        onSubmit={(values) => create.mutateAsync({ ...productBody(values), producerId: values.producerId })}
        onSaved={(created) =>
          navigate(`/admin/catalogue/products/${created.id}`, { state: { message: t('admin.products.created', { code: created.code ?? '' }) } })
        }
      />
    </section>
  );
}

function EditProduct({ id }: { id: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const session = useSession();
  const location = useLocation();
  const path = `/api/products/${encodeURIComponent(id)}`;
  const product = useApiQuery<ProductDetail>(path);
  const save = useApiMutation<void, ProductUpdate>({ method: 'PATCH', path, invalidates: ['/api/products', '/api/producers'] });
  usePageTitle(product.data ? t('admin.products.editTitle', { name: pick(product.data.name) }) : t('admin.products.title'));
  const user = session.status === 'signed-in' ? session.user : null;
  if (!user) return null;
  const staff = isStaff(user.role);

  return (
    <QueryView query={product} notFound={<NotFoundPage />}>
      {(data) =>
        !staff && user.producerId !== data.producer.id ? (
          <NotAllowedPage />
        ) : (
          <section className="page" aria-labelledby="page-title">
            {backToList(t)}
            <div className="page-heading">
              <div>
                <h1 id="page-title">{pick(data.name)}</h1>
                <p className="muted page-heading__sub">
                  <code>{data.code}</code> · <Link to={`/admin/catalogue/producers/${data.producer.id}`}>{data.producer.name}</Link> ·{' '}
                  <StatusBadge status={data.certificateStatus} />
                </p>
              </div>
              <Link className="button button--secondary" to={`/catalogue/products/${data.id}`}>
                {t('admin.viewPublic')}
              </Link>
            </div>
            <CreatedMessage state={location.state} />
            <ProductForm
              key={data.id}
              initial={productValues(data)}
              submitLabel={t('admin.save')}
              successMessage={t('admin.saved')}
              onSubmit={(values) => save.mutateAsync(productBody(values))}
            />
            <CertificatesPanel product={data} canManage={staff} />
          </section>
        )
      }
    </QueryView>
  );
}
