import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CraftVillage, CraftVillageInput } from '../../../../modules/catalogue/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { api } from '../../../api/client.ts';
import { formErrorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { PROVINCES, provinceLabel } from '../../catalogue/shared/catalogue-data.ts';
import { FormMessage, LocalizedFields, TextField, orNull } from './form-parts.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

interface FormState {
  name: Localized;
  craft: Localized;
  commune: string;
  legacyDistrict: string;
  province: string;
  latitude: string;
  longitude: string;
  traditional: boolean;
  description: Localized;
}

const EMPTY: FormState = {
  name: { vi: '', en: '' },
  craft: { vi: '', en: '' },
  commune: '',
  legacyDistrict: '',
  province: 'Hà Nội',
  latitude: '',
  longitude: '',
  traditional: true,
  description: { vi: '', en: '' },
};

function stateOf(village: CraftVillage): FormState {
  return {
    name: { ...village.name },
    craft: { ...village.craft },
    commune: village.commune,
    legacyDistrict: village.legacyDistrict ?? '',
    province: village.province,
    latitude: village.latitude === null ? '' : String(village.latitude),
    longitude: village.longitude === null ? '' : String(village.longitude),
    traditional: village.traditional,
    description: { ...village.description },
  };
}

/** `/admin/catalogue/craft-villages`: the craft villages (làng nghề) producers belong to. */
export default function CraftVillagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.villages.title'));
  const { language, pick } = useLocalized();
  const villages = useApiGet<{ items: CraftVillage[] }>('/api/craft-villages');
  const [editing, setEditing] = useState<CraftVillage | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase(language);
    return [...(villages.data?.items ?? [])]
      .filter((village) => !needle || `${village.name.vi} ${village.name.en} ${village.craft.vi} ${village.craft.en} ${village.commune} ${village.legacyDistrict ?? ''}`.toLocaleLowerCase(language).includes(needle))
      .sort((a, b) => pick(a.name).localeCompare(pick(b.name), language));
  }, [villages.data, filter, pick, language]);

  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('admin.villages.title')}</h1>
        {editing === null && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setEditing('new');
              setMessage(null);
            }}
          >
            {t('admin.villages.new')}
          </button>
        )}
      </div>
      <p className="lead">{t('admin.villages.intro')}</p>
      {editing !== null && (
        <VillageForm
          key={editing === 'new' ? 'new' : editing.id}
          village={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            setMessage(text);
            villages.reload();
          }}
        />
      )}
      <div aria-live="polite" className="live-region">
        {message && (
          <p className="form-success" role="status">
            {message}
          </p>
        )}
      </div>
      <div className="filters filters--row">
        <div className="field">
          <label htmlFor="villages-filter">{t('admin.villages.filter')}</label>
          <input id="villages-filter" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      </div>
      {villages.error ? (
        <LoadFailed state={villages} />
      ) : !villages.data ? (
        <Loading />
      ) : (
        <table className="data-table" aria-busy={villages.loading}>
          <caption className="visually-hidden">{t('admin.villages.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.villages.columns.village')}</th>
              <th scope="col">{t('admin.villages.columns.place')}</th>
              <th scope="col">{t('admin.villages.columns.producers')}</th>
              <th scope="col">{t('admin.products.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((village) => (
              <tr key={village.id}>
                <td data-label={t('admin.villages.columns.village')}>
                  <div>
                    <span className="cell-title">{pick(village.name)}</span>
                    <span className="cell-sub">{pick(village.craft)}</span>
                    {village.traditional && <span className="tag tag--plain">{t('admin.villages.traditional')}</span>}
                  </div>
                </td>
                <td data-label={t('admin.villages.columns.place')}>
                  <div>
                    <span>
                      {village.commune}, {provinceLabel(village.province, language)}
                    </span>
                    {village.legacyDistrict && <span className="cell-sub">{t('catalogue.producer.legacyDistrict', { district: village.legacyDistrict })}</span>}
                  </div>
                </td>
                <td data-label={t('admin.villages.columns.producers')}>
                  <Link to={`/catalogue/producers?craftVillage=${village.id}`}>{t('admin.villages.producerCount', { count: village.producerCount })}</Link>
                </td>
                <td data-label={t('admin.products.columns.actions')}>
                  <div>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('admin.villages.editVillage', { name: pick(village.name) })}
                      onClick={() => {
                        setEditing(village);
                        setMessage(null);
                      }}
                    >
                      {t('admin.edit')}
                    </button>
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

function VillageForm({ village, onClose, onSaved }: { village: CraftVillage | null; onClose(): void; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const [form, setForm] = useState<FormState>(village ? stateOf(village) : EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((previous) => ({ ...previous, [key]: value }));

  const coordinate = (text: string, limit: number): number | null | 'invalid' => {
    const clean = text.trim().replace(',', '.');
    if (!clean) return null;
    const value = Number(clean);
    return Number.isFinite(value) && Math.abs(value) <= limit ? value : 'invalid';
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!form.name.vi.trim() || !form.name.en.trim()) return setError(t('admin.villages.nameRequired'));
    if (!form.craft.vi.trim() || !form.craft.en.trim()) return setError(t('admin.villages.craftRequired'));
    if (!form.commune.trim()) return setError(t('admin.villages.communeRequired'));
    const latitude = coordinate(form.latitude, 90);
    const longitude = coordinate(form.longitude, 180);
    if (latitude === 'invalid' || longitude === 'invalid') return setError(t('admin.villages.badCoordinates'));
    const body: CraftVillageInput = {
      name: { vi: form.name.vi.trim(), en: form.name.en.trim() },
      craft: { vi: form.craft.vi.trim(), en: form.craft.en.trim() },
      commune: form.commune.trim(),
      legacyDistrict: orNull(form.legacyDistrict),
      province: form.province,
      latitude,
      longitude,
      traditional: form.traditional,
      description: { vi: form.description.vi.trim(), en: form.description.en.trim() },
    };
    setBusy(true);
    try {
      if (village) await api.patch<void>(`/api/craft-villages/${village.id}`, body);
      else await api.post<{ id: string }>('/api/craft-villages', body);
      onSaved(village ? t('admin.villages.updated', { name: pick(body.name) }) : t('admin.villages.created', { name: pick(body.name) }));
    } catch (caught) {
      setError(formErrorMessage(t, caught, { commune: t('admin.villages.commune'), latitude: t('admin.villages.latitude'), longitude: t('admin.villages.longitude') }));
      setBusy(false);
    }
  };

  return (
    <form className="card form village-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="village-form-title">
      <h2 id="village-form-title" ref={headingRef} tabIndex={-1}>
        {village ? t('admin.villages.editTitle', { name: pick(village.name) }) : t('admin.villages.newTitle')}
      </h2>
      <LocalizedFields id="village-name" legend={t('admin.villages.name')} required value={form.name} onChange={(value) => set('name', value)} />
      <LocalizedFields id="village-craft" legend={t('admin.villages.craft')} required value={form.craft} onChange={(value) => set('craft', value)} />
      <div className="form-grid">
        <TextField id="village-commune" label={t('admin.villages.commune')} required value={form.commune} onChange={(value) => set('commune', value)} />
        <TextField id="village-legacy-district" label={t('admin.producers.legacyDistrict')} hint={t('admin.producers.legacyDistrictHint')} value={form.legacyDistrict} onChange={(value) => set('legacyDistrict', value)} />
        <div className="field">
          <label htmlFor="village-province">{t('admin.producers.province')}</label>
          <select id="village-province" value={form.province} onChange={(event) => set('province', event.target.value)}>
            {PROVINCES.map((province) => (
              <option key={province.name} value={province.name}>
                {provinceLabel(province.name, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox-field checkbox-field--aligned">
          <input id="village-traditional" type="checkbox" checked={form.traditional} onChange={(event) => set('traditional', event.target.checked)} />
          <label htmlFor="village-traditional">{t('admin.villages.traditionalLabel')}</label>
        </div>
        <TextField id="village-latitude" label={t('admin.villages.latitude')} inputMode="decimal" placeholder="21.0285" value={form.latitude} onChange={(value) => set('latitude', value)} />
        <TextField id="village-longitude" label={t('admin.villages.longitude')} inputMode="decimal" placeholder="105.8542" value={form.longitude} onChange={(value) => set('longitude', value)} />
      </div>
      <LocalizedFields id="village-description" legend={t('admin.villages.description')} rows={3} value={form.description} onChange={(value) => set('description', value)} />
      <FormMessage error={error} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : village ? t('admin.save') : t('admin.villages.create')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
