import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CuratedRoute, CuratedRouteInput, Site } from '../../../../modules/tourism/contract.ts';
import { ROUTE_MODES, SITE_THEMES } from '../../../../modules/tourism/domain.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { CheckboxField, LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

type Values = {
  title: { vi: string; en: string }; description: { vi: string; en: string }; theme: string; mode: string;
  startLabel: string; latitude: string; longitude: string; startTime: string; endTime: string; sites: Record<string, boolean>; published: boolean;
};

const toValues = (r: CuratedRoute | null, sites: Site[]): Values => ({
  title: r?.title ?? { vi: '', en: '' }, description: r?.description ?? { vi: '', en: '' }, theme: r?.theme ?? '', mode: r?.mode ?? 'car',
  startLabel: r?.start.label ?? 'Hồ Hoàn Kiếm', latitude: String(r?.start.latitude ?? 21.0287), longitude: String(r?.start.longitude ?? 105.8524),
  startTime: r?.startTime ?? '08:00', endTime: r?.endTime ?? '17:30', published: r?.published ?? false,
  sites: Object.fromEntries(sites.map((s) => [s.id, r?.sites.some((x) => x.id === s.id) ?? false])),
});

const toBody = (v: Values, sites: Site[]): CuratedRouteInput => ({
  title: v.title, description: v.description, theme: (v.theme || null) as CuratedRouteInput['theme'], mode: v.mode as CuratedRouteInput['mode'],
  start: { label: v.startLabel, latitude: Number(v.latitude), longitude: Number(v.longitude) }, startTime: v.startTime, endTime: v.endTime,
  siteIds: sites.filter((s) => v.sites[s.id]).map((s) => s.id), published: v.published,
});

/** `/admin/tourism/routes/new` and `/:id`: a curated day route organizers publish. */
export default function RouteEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  usePageTitle(id ? t('tourism.admin.editRoute') : t('tourism.admin.newRoute'));
  const route = useApiQuery<CuratedRoute>(id ? `/api/tourism/routes/${id}` : null);
  const sites = useApiQuery<{ items: Site[] }>('/api/tourism/sites', { all: true });
  return (
    <section className="page" aria-labelledby="form-title">
      <h1 id="form-title">{id ? t('tourism.admin.editRoute') : t('tourism.admin.newRoute')}</h1>
      <QueryView query={sites}>
        {(s) => (id ? <QueryView query={route}>{(r) => <RouteForm route={r} sites={s.items} />}</QueryView> : <RouteForm route={null} sites={s.items} />)}
      </QueryView>
    </section>
  );
}

function RouteForm({ route, sites }: { route: CuratedRoute | null; sites: Site[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const navigate = useNavigate();
  const form = useForm<Values>({ defaultValues: toValues(route, sites) });
  const create = useApiMutation<{ id: string }, CuratedRouteInput>({ method: 'POST', path: '/api/tourism/routes' });
  const update = useApiMutation<null, CuratedRouteInput>({ method: 'PUT', path: `/api/tourism/routes/${route?.id ?? ''}` });
  return (
    <KitForm
      form={form}
      onSubmit={async (values) => {
        if (!route) return create.mutateAsync(toBody(values, sites));
        await update.mutateAsync(toBody(values, sites));
        return { id: route.id };
      }}
      onSaved={(saved) => { if (!route) navigate(`/admin/tourism/routes/${saved.id}`); }}
      successMessage={t('tourism.admin.saved')}
      codeFields={{ bad_times: 'endTime' }}
      aria-labelledby="form-title"
    >
      <LocalizedFields name="title" legend={t('tourism.admin.name')} required maxLength={200} />
      <LocalizedFields name="description" legend={t('tourism.admin.description')} rows={3} maxLength={5000} />
      <div className="form-grid">
        <SelectField name="theme" label={t('tourism.planner.theme')} placeholder={t('tourism.admin.noTheme')} options={SITE_THEMES.map((th) => ({ value: th, label: t(`tourism.planner.themes.${th}`) }))} />
        <SelectField name="mode" label={t('tourism.planner.mode')} options={ROUTE_MODES.map((m) => ({ value: m, label: t(`tourism.planner.modes.${m}`) }))} required />
        <TextField name="startLabel" label={t('tourism.planner.start')} required maxLength={200} />
        <TextField name="latitude" type="number" step="any" label={t('tourism.admin.latitude')} required min={-90} max={90} />
        <TextField name="longitude" type="number" step="any" label={t('tourism.admin.longitude')} required min={-180} max={180} />
        <TextField name="startTime" type="time" label={t('tourism.planner.from')} required />
        <TextField name="endTime" type="time" label={t('tourism.planner.to')} required />
      </div>
      <fieldset>
        <legend>{t('tourism.admin.sites')}</legend>
        {sites.map((s) => <CheckboxField key={s.id} name={`sites.${s.id}`} label={pick(s.name)} />)}
      </fieldset>
      <CheckboxField name="published" label={t('tourism.admin.publish')} />
      <SubmitButton>{t('tourism.admin.save')}</SubmitButton>
    </KitForm>
  );
}
