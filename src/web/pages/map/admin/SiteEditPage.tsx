import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Site, SiteInput } from '../../../../modules/tourism/contract.ts';
import { SITE_KINDS, SITE_THEMES } from '../../../../modules/tourism/domain.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { FileUploadField } from '../../../kit/files/FileUploadField.tsx';
import { CheckboxField, LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
type Values = {
  name: { vi: string; en: string }; description: { vi: string; en: string }; kind: string; themes: Record<string, boolean>; address: string;
  latitude: string; longitude: string; visitMinutes: string; interest: string; published: boolean; photos: string[];
  /** Monday first: the day's first opening interval, empty when closed (further intervals are kept). */
  hours: { opens: string; closes: string }[];
};

function toValues(s: Site | null): Values {
  return {
    name: s?.name ?? { vi: '', en: '' }, description: s?.description ?? { vi: '', en: '' }, kind: s?.kind ?? 'workshop',
    themes: Object.fromEntries(SITE_THEMES.map((th) => [th, s?.themes.includes(th) ?? false])), address: s?.address ?? '',
    latitude: s ? String(s.latitude) : '', longitude: s ? String(s.longitude) : '', visitMinutes: String(s?.visitMinutes ?? 60), interest: String(s?.interest ?? 5),
    published: s?.published ?? true, photos: s?.photos ?? [],
    hours: DAYS.map((d) => ({ opens: s?.weeklyHours[d]?.[0]?.opens ?? (s ? '' : '08:00'), closes: s?.weeklyHours[d]?.[0]?.closes ?? (s ? '' : '17:00') })),
  };
}

function toBody(v: Values, s: Site | null): SiteInput {
  return {
    name: v.name, description: v.description, kind: v.kind as SiteInput['kind'], themes: SITE_THEMES.filter((th) => v.themes[th]), address: v.address,
    latitude: Number(v.latitude), longitude: Number(v.longitude), visitMinutes: Number(v.visitMinutes), interest: Number(v.interest), published: v.published,
    photos: v.photos, hoursExceptions: s?.hoursExceptions ?? [],
    weeklyHours: DAYS.map((d) => (v.hours[d]!.opens && v.hours[d]!.closes ? [{ opens: v.hours[d]!.opens, closes: v.hours[d]!.closes }, ...(s?.weeklyHours[d]?.slice(1) ?? [])] : [])),
  };
}

/** `/admin/tourism/sites/new` and `/:slug`: a tourist site's names, place, hours, visit time and photos. */
export default function SiteEditPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  usePageTitle(slug ? t('tourism.admin.editSite') : t('tourism.admin.newSite'));
  const site = useApiQuery<Site>(slug ? `/api/tourism/sites/${slug}` : null);
  return (
    <section className="page" aria-labelledby="form-title">
      <h1 id="form-title">{slug ? t('tourism.admin.editSite') : t('tourism.admin.newSite')}</h1>
      {slug ? <QueryView query={site}>{(data) => <SiteForm site={data} />}</QueryView> : <SiteForm site={null} />}
    </section>
  );
}

function SiteForm({ site }: { site: Site | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<Values>({ defaultValues: toValues(site) });
  const create = useApiMutation<{ slug: string }, SiteInput>({ method: 'POST', path: '/api/tourism/sites' });
  const update = useApiMutation<null, SiteInput>({ method: 'PUT', path: `/api/tourism/sites/${site?.id ?? ''}` });
  const photos = form.watch('photos');
  return (
    <KitForm
      form={form}
      onSubmit={async (values) => {
        if (!site) return create.mutateAsync(toBody(values, null));
        await update.mutateAsync(toBody(values, site));
        return { slug: site.slug };
      }}
      onSaved={(saved) => { if (!site) navigate(`/admin/tourism/sites/${saved.slug}`); }}
      successMessage={t('tourism.admin.saved')}
      aria-labelledby="form-title"
    >
      <LocalizedFields name="name" legend={t('tourism.admin.name')} required maxLength={200} />
      <div className="form-grid">
        <SelectField name="kind" label={t('tourism.admin.kind')} options={SITE_KINDS.map((k) => ({ value: k, label: t(`tourism.admin.kinds.${k}`) }))} required />
        <TextField name="address" label={t('tourism.admin.address')} maxLength={300} />
        <TextField name="latitude" type="number" step="any" label={t('tourism.admin.latitude')} required min={-90} max={90} />
        <TextField name="longitude" type="number" step="any" label={t('tourism.admin.longitude')} required min={-180} max={180} />
        <TextField name="visitMinutes" type="number" inputMode="numeric" label={t('tourism.admin.visitMinutes')} required min={5} max={600} />
        <TextField name="interest" type="number" inputMode="numeric" label={t('tourism.admin.interest')} hint={t('tourism.admin.interestHint')} required min={1} max={10} />
      </div>
      <fieldset>
        <legend>{t('tourism.admin.themes')}</legend>
        {SITE_THEMES.map((th) => <CheckboxField key={th} name={`themes.${th}`} label={t(`tourism.planner.themes.${th}`)} />)}
      </fieldset>
      <fieldset>
        <legend>{t('tourism.admin.hours')}</legend>
        <p className="field__hint">{t('tourism.admin.hoursHint')}</p>
        {DAYS.map((d) => (
          <div key={d} className="form-grid">
            <strong>{t(`tourism.admin.days.${d}`)}</strong>
            <TextField name={`hours.${d}.opens`} type="time" label={t('tourism.admin.opens')} />
            <TextField name={`hours.${d}.closes`} type="time" label={t('tourism.admin.closes')} />
          </div>
        ))}
      </fieldset>
      <LocalizedFields name="description" legend={t('tourism.admin.description')} rows={3} maxLength={5000} />
      <FileUploadField label={t('tourism.admin.photos')} value={photos} onChange={(v) => form.setValue('photos', v, { shouldDirty: true })} purpose="tourism-site" />
      <CheckboxField name="published" label={t('tourism.admin.publish')} />
      <SubmitButton>{t('tourism.admin.save')}</SubmitButton>
    </KitForm>
  );
}
