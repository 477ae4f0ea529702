import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ProducerDetail, ProducerList, ProductDetail, ProductInput, ProductUpdate } from '../../../../modules/catalogue/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { ApiError, api } from '../../../api/client.ts';
import { formErrorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { useDebounced } from '../../../components/useDebounced.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { isStaff, useSession } from '../../../session/session-context.ts';
import { leafCategoryGroups } from '../../catalogue/shared/catalogue-data.ts';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';
import NotAllowedPage from '../../not-allowed/NotAllowedPage.tsx';
import NotFoundPage from '../../not-found/NotFoundPage.tsx';
import { CertificatesPanel } from './CertificatesPanel.tsx';
import { FormMessage, LocalizedFields, TextField, parseVnd } from './form-parts.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

interface FormState {
  name: Localized;
  description: Localized;
  packaging: Localized;
  categoryCode: string;
  priceMin: string;
  priceMax: string;
  photos: string;
}

const EMPTY: FormState = {
  name: { vi: '', en: '' },
  description: { vi: '', en: '' },
  packaging: { vi: '', en: '' },
  categoryCode: '',
  priceMin: '',
  priceMax: '',
  photos: '',
};

function stateOf(product: ProductDetail): FormState {
  return {
    name: { ...product.name },
    description: { ...product.description },
    packaging: { ...product.packaging },
    categoryCode: product.categoryCode,
    priceMin: product.priceMinVnd === null ? '' : product.priceMinVnd.toLocaleString('vi-VN'),
    priceMax: product.priceMaxVnd === null ? '' : product.priceMaxVnd.toLocaleString('vi-VN'),
    photos: product.photos.join('\n'),
  };
}

/**
 * `/admin/catalogue/products/new` and `/admin/catalogue/products/:id`: add or change a product;
 * staff also record and revoke its certificates. A producer account works on its own products
 * (the server checks too) and sees the certificates without changing them.
 */
export default function ProductEditPage() {
  const { id } = useParams();
  return id ? <EditProduct id={id} /> : <NewProduct />;
}

function NewProduct() {
  const { t } = useTranslation();
  usePageTitle(t('admin.products.newTitle'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = session.status === 'signed-in' ? session.user : null;
  const staff = !!user && isStaff(user.role);
  const [producerId, setProducerId] = useState(staff ? (params.get('producer') ?? '') : (user?.producerId ?? ''));
  if (!user) return null;
  if (!staff && !user.producerId) return <NotLinked />;

  return (
    <section className="page" aria-labelledby="page-title">
      <BackLink />
      <h1 id="page-title">{t('admin.products.newTitle')}</h1>
      {staff ? (
        <ProducerPicker value={producerId} onChange={setProducerId} />
      ) : (
        <p className="muted">{t('admin.products.forOwnProducer')}</p>
      )}
      <ProductForm
        initial={EMPTY}
        submitLabel={t('admin.products.create')}
        onSubmit={async (body) => {
          if (!producerId) throw new FormProblem(t('admin.products.chooseProducer'));
          const created = await api.post<{ id: string; code?: string }>('/api/products', { ...body, producerId } satisfies ProductInput);
          navigate(`/admin/catalogue/products/${created.id}`, {
            state: { message: t('admin.products.created', { code: created.code ?? '' }) },
          });
          return null;
        }}
      />
    </section>
  );
}

function EditProduct({ id }: { id: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const session = useSession();
  const location = useLocation();
  const product = useApiGet<ProductDetail>(`/api/products/${encodeURIComponent(id)}`);
  const createdMessage = (location.state as { message?: string } | null)?.message ?? null;
  usePageTitle(product.data ? t('admin.products.editTitle', { name: pick(product.data.name) }) : t('admin.products.title'));
  const user = session.status === 'signed-in' ? session.user : null;
  if (!user) return null;
  const staff = isStaff(user.role);

  if (product.error instanceof ApiError && (product.error.status === 404 || product.error.status === 400)) return <NotFoundPage />;
  if (product.error) {
    return (
      <LoadFailed state={product} />
    );
  }
  const data = product.data && product.data.id === id ? product.data : null;
  if (!data) {
    return (
      <Loading />
    );
  }
  if (!staff && user.producerId !== data.producer.id) return <NotAllowedPage />;

  return (
    <section className="page" aria-labelledby="page-title">
      <BackLink />
      <div className="page-heading">
        <div>
          <h1 id="page-title">{pick(data.name)}</h1>
          <p className="muted page-heading__sub">
            <code>{data.code}</code> · <Link to={`/admin/catalogue/producers/${data.producer.id}`}>{data.producer.name}</Link>{' '}
            · <StatusBadge status={data.certificateStatus} />
          </p>
        </div>
        <Link className="button button--secondary" to={`/catalogue/products/${data.id}`}>
          {t('admin.viewPublic')}
        </Link>
      </div>
      {createdMessage && (
        <p className="form-success" role="status">
          {createdMessage}
        </p>
      )}
      <ProductForm
        key={data.id}
        initial={stateOf(data)}
        submitLabel={t('admin.save')}
        onSubmit={async (body) => {
          await api.patch<void>(`/api/products/${data.id}`, body satisfies ProductUpdate);
          product.reload();
          return t('admin.saved');
        }}
      />
      <CertificatesPanel product={data} canManage={staff} onChanged={product.reload} />
    </section>
  );
}

function BackLink() {
  const { t } = useTranslation();
  const session = useSession();
  const staff = session.status === 'signed-in' && isStaff(session.user.role);
  return (
    <p className="back-link">
      <Link to={staff ? '/admin/catalogue/products' : '/admin'}>← {staff ? t('admin.products.backToList') : t('admin.backToWorkspace')}</Link>
    </p>
  );
}

function NotLinked() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('admin.products.newTitle')}</h1>
      <p className="notice">{t('producerWorkspace.notLinked')}</p>
    </section>
  );
}

/** A problem found before asking the server, shown as it is. */
class FormProblem extends Error {}

type ProductBody = Omit<ProductInput, 'producerId'>;

function ProductForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial: FormState;
  submitLabel: string;
  /** Saves; resolves to a success message (or null when it navigates away). */
  onSubmit(body: ProductBody): Promise<string | null>;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const [form, setForm] = useState<FormState>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const groups = useMemo(() => leafCategoryGroups(language), [language]);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setSuccess(null);
  };
  const labels: Record<string, string> = {
    'name.vi': `${t('admin.products.name')} (${t('form.vietnamese')})`,
    'name.en': `${t('admin.products.name')} (${t('form.english')})`,
    categoryCode: t('admin.products.category'),
    priceMinVnd: t('admin.products.priceMin'),
    priceMaxVnd: t('admin.products.priceMax'),
    photos: t('admin.products.photos'),
  };

  const build = (): ProductBody => {
    if (!form.name.vi.trim() || !form.name.en.trim()) throw new FormProblem(t('admin.products.nameRequired'));
    if (!form.categoryCode) throw new FormProblem(t('admin.products.categoryRequired'));
    const min = parseVnd(form.priceMin);
    const max = parseVnd(form.priceMax);
    if (min === 'invalid' || max === 'invalid') throw new FormProblem(t('admin.products.badPrice'));
    if (min !== null && max !== null && min > max) throw new FormProblem(t('admin.products.priceOrder'));
    const photos = form.photos
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (photos.some((url) => !/^https?:\/\/\S+$/i.test(url))) throw new FormProblem(t('admin.products.badPhoto'));
    const trim = (text: Localized): Localized => ({ vi: text.vi.trim(), en: text.en.trim() });
    return {
      name: trim(form.name),
      description: trim(form.description),
      packaging: trim(form.packaging),
      categoryCode: form.categoryCode,
      priceMinVnd: min,
      priceMaxVnd: max,
      photos,
    };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setSuccess(null);
    let body: ProductBody;
    try {
      body = build();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
      return;
    }
    setBusy(true);
    try {
      setSuccess(await onSubmit(body));
    } catch (caught) {
      setError(caught instanceof FormProblem ? caught.message : formErrorMessage(t, caught, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} noValidate aria-label={t('admin.products.formLabel')}>
      <LocalizedFields id="product-name" legend={t('admin.products.name')} value={form.name} onChange={(value) => set('name', value)} required />
      <div className="field">
        <label htmlFor="product-category">
          {t('admin.products.category')}
          <span className="required"> ({t('form.required')})</span>
        </label>
        <select id="product-category" value={form.categoryCode} required onChange={(event) => set('categoryCode', event.target.value)}>
          <option value="">{t('admin.products.chooseCategory')}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <LocalizedFields id="product-description" legend={t('admin.products.description')} value={form.description} onChange={(value) => set('description', value)} rows={4} />
      <LocalizedFields id="product-packaging" legend={t('admin.products.packaging')} value={form.packaging} onChange={(value) => set('packaging', value)} />
      <fieldset className="localized-fields">
        <legend>{t('admin.products.price')}</legend>
        <p className="field__hint">{t('admin.products.priceHint')}</p>
        <div className="form-grid">
          <TextField id="product-price-min" label={t('admin.products.priceMin')} inputMode="numeric" value={form.priceMin} onChange={(value) => set('priceMin', value)} />
          <TextField id="product-price-max" label={t('admin.products.priceMax')} inputMode="numeric" value={form.priceMax} onChange={(value) => set('priceMax', value)} />
        </div>
      </fieldset>
      <TextField id="product-photos" label={t('admin.products.photos')} hint={t('admin.products.photosHint')} rows={3} value={form.photos} onChange={(value) => set('photos', value)} />
      <FormMessage error={error} success={success} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
      </p>
    </form>
  );
}

/** Staff choose the producer of a new product: search by name, then pick from the matches. */
function ProducerPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const matches = useApiGet<ProducerList>('/api/producers', { q, pageSize: 30 });
  const selected = useApiGet<ProducerDetail>(value ? `/api/producers/${encodeURIComponent(value)}` : null);
  const options = matches.data?.items ?? [];
  const selectedName = selected.data && selected.data.id === value ? selected.data.name : null;

  // A search that finds exactly one producer chooses it (when none is chosen yet).
  const only = q && matches.data?.items.length === 1 ? matches.data.items[0]?.id : undefined;
  useEffect(() => {
    if (!value && only) onChange(only);
  }, [value, only, onChange]);

  return (
    <fieldset className="card producer-picker">
      <legend>{t('admin.products.producer')}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('admin.products.findProducer')}</label>
          <input id={`${id}-search`} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-select`}>
            {t('admin.products.producer')}
            <span className="required"> ({t('form.required')})</span>
          </label>
          <select id={`${id}-select`} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('admin.products.chooseProducer')}</option>
            {selectedName && !options.some((option) => option.id === value) && <option value={value}>{selectedName}</option>}
            {options.map((producer) => (
              <option key={producer.id} value={producer.id}>
                {producer.name} — {producer.province}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
