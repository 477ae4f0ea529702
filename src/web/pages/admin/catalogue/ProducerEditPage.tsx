import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { CraftVillage, ProducerDetail, ProducerInput } from '../../../../modules/catalogue/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { ApiError, api } from '../../../api/client.ts';
import { formErrorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { isStaff, useSession } from '../../../session/session-context.ts';
import { COUNTRIES, CULTURAL_REGIONS, PRODUCER_TYPES, PROVINCES, categoryName, provinceLabel, regionOfProvince } from '../../catalogue/shared/catalogue-data.ts';
import { StarRating } from '../../catalogue/shared/StarRating.tsx';
import { ExpiryNote } from '../../catalogue/shared/ExpiryNote.tsx';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';
import NotAllowedPage from '../../not-allowed/NotAllowedPage.tsx';
import NotFoundPage from '../../not-found/NotFoundPage.tsx';
import { FormMessage, FormSection, LocalizedFields, TextField, orNull } from './form-parts.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

type ProducerTypeCode = ProducerInput['type'];
type RegionCode = NonNullable<ProducerInput['region']>;

interface FormState {
  name: string;
  type: ProducerTypeCode;
  taxCode: string;
  address: string;
  province: string;
  commune: string;
  legacyDistrict: string;
  region: RegionCode | '';
  country: string;
  contactName: string;
  phone: string;
  email: string;
  website: string;
  description: Localized;
  craftVillageId: string;
}

const EMPTY: FormState = {
  name: '',
  type: 'household',
  taxCode: '',
  address: '',
  province: 'Hà Nội',
  commune: '',
  legacyDistrict: '',
  region: 'red-river-delta',
  country: 'VN',
  contactName: '',
  phone: '',
  email: '',
  website: '',
  description: { vi: '', en: '' },
  craftVillageId: '',
};

function stateOf(producer: ProducerDetail): FormState {
  return {
    name: producer.name,
    type: producer.type,
    taxCode: producer.taxCode ?? '',
    address: producer.address,
    province: producer.province,
    commune: producer.commune ?? '',
    legacyDistrict: producer.legacyDistrict ?? '',
    region: producer.region ?? '',
    country: producer.country,
    contactName: producer.contactName ?? '',
    phone: producer.phone ?? '',
    email: producer.email ?? '',
    website: producer.website ?? '',
    description: { ...producer.description },
    craftVillageId: producer.craftVillage?.id ?? '',
  };
}

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
  usePageTitle(t('admin.producers.newTitle'));
  return (
    <section className="page" aria-labelledby="page-title">
      <p className="back-link">
        <Link to="/admin/catalogue/producers">← {t('admin.producers.backToList')}</Link>
      </p>
      <h1 id="page-title">{t('admin.producers.newTitle')}</h1>
      <ProducerForm
        initial={EMPTY}
        submitLabel={t('admin.producers.create')}
        onSubmit={async (body) => {
          const created = await api.post<{ id: string }>('/api/producers', body);
          navigate(`/admin/catalogue/producers/${created.id}`, { state: { message: t('admin.producers.created', { name: body.name }) } });
          return null;
        }}
      />
    </section>
  );
}

function EditProducer({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const producer = useApiGet<ProducerDetail>(`/api/producers/${encodeURIComponent(id)}`);
  const createdMessage = (location.state as { message?: string } | null)?.message ?? null;
  usePageTitle(producer.data?.name ?? t('admin.producers.title'));
  const user = session.status === 'signed-in' ? session.user : null;
  if (!user) return null;
  const staff = isStaff(user.role);
  if (!staff && user.producerId !== id) return <NotAllowedPage />;

  if (producer.error instanceof ApiError && (producer.error.status === 404 || producer.error.status === 400)) return <NotFoundPage />;
  if (producer.error) {
    return (
      <LoadFailed state={producer} />
    );
  }
  const data = producer.data && producer.data.id === id ? producer.data : null;
  if (!data) {
    return (
      <Loading />
    );
  }

  return (
    <section className="page" aria-labelledby="page-title">
      <p className="back-link">
        <Link to={staff ? '/admin/catalogue/producers' : '/admin'}>← {staff ? t('admin.producers.backToList') : t('admin.backToWorkspace')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="page-title">{data.name}</h1>
        <p className="actions actions--tight">
          <Link className="button button--secondary" to={`/catalogue/producers/${data.id}`}>
            {t('admin.viewPublic')}
          </Link>
          <Link className="button button--secondary" to={`/catalogue/producers/${data.id}/labels`}>
            {t('catalogue.producer.labels')}
          </Link>
        </p>
      </div>
      {createdMessage && (
        <p className="form-success" role="status">
          {createdMessage}
        </p>
      )}
      <ProducerForm
        key={data.id}
        initial={stateOf(data)}
        submitLabel={t('admin.save')}
        onSubmit={async (body) => {
          await api.patch<void>(`/api/producers/${data.id}`, body);
          producer.reload();
          return t('admin.saved');
        }}
      />
      <ProducerProducts producer={data} />
    </section>
  );
}

/** The producer's products, each linked to its edit page, and a way to add one. */
export function ProducerProducts({ producer }: { producer: ProducerDetail }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  return (
    <section aria-labelledby="producer-products-title" className="producer-products">
      <div className="page-heading">
        <h2 id="producer-products-title">{t('admin.producers.products', { count: producer.products.length })}</h2>
        <Link className="button button--primary" to={`/admin/catalogue/products/new?producer=${producer.id}`}>
          {t('admin.products.new')}
        </Link>
      </div>
      {producer.products.length === 0 ? (
        <p>{t('catalogue.producer.noProducts')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.producers.products', { count: producer.products.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.products.columns.product')}</th>
              <th scope="col">{t('admin.products.columns.rating')}</th>
              <th scope="col">{t('admin.products.columns.status')}</th>
              <th scope="col">{t('admin.products.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {producer.products.map((product) => (
              <tr key={product.id}>
                <td data-label={t('admin.products.columns.product')}>
                  <div>
                    <span className="cell-title">{pick(product.name)}</span>
                    <span className="cell-sub">
                      <code>{product.code}</code> · {categoryName(product.categoryCode, language)}
                    </span>
                  </div>
                </td>
                <td data-label={t('admin.products.columns.rating')}>
                  <StarRating stars={product.stars} />
                </td>
                <td data-label={t('admin.products.columns.status')}>
                  <div>
                    <StatusBadge status={product.certificateStatus} />
                    <ExpiryNote status={product.certificateStatus} expiryDate={product.expiryDate} />
                  </div>
                </td>
                <td data-label={t('admin.products.columns.actions')}>
                  <div className="inline-form">
                    <Link className="button button--small" to={`/admin/catalogue/products/${product.id}`} aria-label={t('admin.products.editProduct', { name: pick(product.name) })}>
                      {t('admin.edit')}
                    </Link>
                    <Link className="button button--small button--secondary" to={`/catalogue/products/${product.id}`} aria-label={t('admin.products.viewProduct', { name: pick(product.name) })}>
                      {t('admin.view')}
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ProducerForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial: FormState;
  submitLabel: string;
  onSubmit(body: ProducerInput): Promise<string | null>;
}) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const [form, setForm] = useState<FormState>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const villages = useApiGet<{ items: CraftVillage[] }>('/api/craft-villages');
  const sortedVillages = useMemo(
    () => [...(villages.data?.items ?? [])].sort((a, b) => pick(a.name).localeCompare(pick(b.name), language)),
    [villages.data, pick, language],
  );
  const foreign = form.type === 'foreign-enterprise';
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setSuccess(null);
  };
  const setType = (type: ProducerTypeCode) =>
    setForm((previous) => {
      const nowForeign = type === 'foreign-enterprise';
      if (nowForeign === (previous.type === 'foreign-enterprise')) return { ...previous, type };
      // Switching between a Vietnamese and a foreign producer: the origin fields change meaning.
      return nowForeign
        ? { ...previous, type, country: '', region: '', province: '', commune: '', legacyDistrict: '' }
        : { ...previous, type, country: 'VN', province: 'Hà Nội', region: 'red-river-delta' };
    });
  const setProvince = (province: string) =>
    setForm((previous) => ({ ...previous, province, region: (regionOfProvince(province) as RegionCode | undefined) ?? previous.region }));

  const labels: Record<string, string> = {
    name: t('admin.producers.name'),
    taxCode: t('admin.producers.taxCode'),
    province: t('admin.producers.province'),
    email: t('admin.producers.email'),
    phone: t('admin.producers.phone'),
    website: t('admin.producers.website'),
    country: t('admin.producers.country'),
    region: t('admin.producers.region'),
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setSuccess(null);
    if (!form.name.trim()) return setError(t('admin.producers.nameRequired'));
    if (!form.province.trim()) return setError(t('admin.producers.provinceRequired'));
    if (foreign && (!form.country || form.country === 'VN')) return setError(t('admin.producers.countryRequired'));
    if (!foreign && !form.region) return setError(t('admin.producers.regionRequired'));
    if (form.website.trim() && !/^https?:\/\/\S+$/i.test(form.website.trim())) return setError(t('admin.producers.badWebsite'));
    const body: ProducerInput = {
      name: form.name.trim(),
      type: form.type,
      taxCode: orNull(form.taxCode),
      address: form.address.trim(),
      province: form.province.trim(),
      commune: foreign ? null : orNull(form.commune),
      legacyDistrict: foreign ? null : orNull(form.legacyDistrict),
      region: foreign ? null : form.region || null,
      country: foreign ? form.country : 'VN',
      contactName: orNull(form.contactName),
      phone: orNull(form.phone),
      email: orNull(form.email),
      website: orNull(form.website),
      description: { vi: form.description.vi.trim(), en: form.description.en.trim() },
      craftVillageId: form.craftVillageId || null,
    };
    setBusy(true);
    try {
      setSuccess(await onSubmit(body));
    } catch (caught) {
      setError(formErrorMessage(t, caught, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} noValidate aria-label={t('admin.producers.formLabel')}>
      <FormSection title={t('admin.producers.identity')}>
        <div className="form-grid">
          <TextField id="producer-name" label={t('admin.producers.name')} required value={form.name} onChange={(value) => set('name', value)} />
          <div className="field">
            <label htmlFor="producer-type">{t('admin.producers.type')}</label>
            <select id="producer-type" value={form.type} onChange={(event) => setType(event.target.value as ProducerTypeCode)}>
              {PRODUCER_TYPES.map((type) => (
                <option key={type.code} value={type.code}>
                  {type.label[language]}
                </option>
              ))}
            </select>
          </div>
          <TextField id="producer-tax-code" label={t('admin.producers.taxCode')} hint={t('admin.producers.taxCodeHint')} inputMode="numeric" value={form.taxCode} onChange={(value) => set('taxCode', value)} />
        </div>
      </FormSection>

      <FormSection title={t('admin.producers.location')}>
        <div className="form-grid">
          {foreign ? (
            <>
              <div className="field">
                <label htmlFor="producer-country">
                  {t('admin.producers.country')}
                  <span className="required"> ({t('form.required')})</span>
                </label>
                <select id="producer-country" value={form.country} onChange={(event) => set('country', event.target.value)}>
                  <option value="">{t('admin.producers.chooseCountry')}</option>
                  {COUNTRIES.filter((country) => country.code !== 'VN').map((country) => (
                    <option key={country.code} value={country.code}>
                      {country.name[language]}
                    </option>
                  ))}
                </select>
              </div>
              <TextField id="producer-province" label={t('admin.producers.foreignProvince')} required value={form.province} onChange={(value) => set('province', value)} />
            </>
          ) : (
            <>
              <div className="field">
                <label htmlFor="producer-province">
                  {t('admin.producers.province')}
                  <span className="required"> ({t('form.required')})</span>
                </label>
                <select id="producer-province" value={form.province} onChange={(event) => setProvince(event.target.value)}>
                  {!PROVINCES.some((province) => province.name === form.province) && form.province && <option value={form.province}>{form.province}</option>}
                  {PROVINCES.map((province) => (
                    <option key={province.name} value={province.name}>
                      {provinceLabel(province.name, language)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="producer-region">
                  {t('admin.producers.region')}
                  <span className="required"> ({t('form.required')})</span>
                </label>
                <select id="producer-region" value={form.region} onChange={(event) => set('region', event.target.value as RegionCode | '')}>
                  <option value="">{t('admin.producers.chooseRegion')}</option>
                  {CULTURAL_REGIONS.map((region) => (
                    <option key={region.code} value={region.code}>
                      {region.name[language]}
                    </option>
                  ))}
                </select>
              </div>
              <TextField id="producer-commune" label={t('admin.producers.commune')} value={form.commune} onChange={(value) => set('commune', value)} />
              <TextField
                id="producer-legacy-district"
                label={t('admin.producers.legacyDistrict')}
                hint={t('admin.producers.legacyDistrictHint')}
                value={form.legacyDistrict}
                onChange={(value) => set('legacyDistrict', value)}
              />
            </>
          )}
        </div>
        <TextField id="producer-address" label={t('admin.producers.address')} value={form.address} onChange={(value) => set('address', value)} />
        <div className="field">
          <label htmlFor="producer-village">{t('admin.producers.craftVillage')}</label>
          <select id="producer-village" value={form.craftVillageId} onChange={(event) => set('craftVillageId', event.target.value)}>
            <option value="">{t('admin.producers.noVillage')}</option>
            {sortedVillages.map((village) => (
              <option key={village.id} value={village.id}>
                {pick(village.name)}
              </option>
            ))}
          </select>
        </div>
      </FormSection>

      <FormSection title={t('admin.producers.contact')}>
        <div className="form-grid">
          <TextField id="producer-contact" label={t('admin.producers.contactName')} value={form.contactName} onChange={(value) => set('contactName', value)} />
          <TextField id="producer-phone" label={t('admin.producers.phone')} type="tel" inputMode="tel" value={form.phone} onChange={(value) => set('phone', value)} />
          <TextField id="producer-email" label={t('admin.producers.email')} type="email" inputMode="email" value={form.email} onChange={(value) => set('email', value)} />
          <TextField id="producer-website" label={t('admin.producers.website')} type="url" inputMode="url" placeholder="https://" value={form.website} onChange={(value) => set('website', value)} />
        </div>
      </FormSection>

      <LocalizedFields id="producer-description" legend={t('admin.producers.description')} rows={4} value={form.description} onChange={(value) => set('description', value)} />
      <FormMessage error={error} success={success} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
      </p>
    </form>
  );
}
