import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CraftVillage } from '../../../../modules/catalogue/contract.ts';
import { fileIdOf, fileUrl } from '../../../../modules/files/file-urls.ts';
import type { PointDetail, PointInput } from '../../../../modules/outlets/contract.ts';
import { LOCATION_TYPE_LABELS, LOCATION_TYPES } from '../../../../modules/outlets/domain/location-types.ts';
import type { PointKind } from '../../../../modules/outlets/domain/point-kinds.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FileUploadField } from '../../../kit/files/FileUploadField.tsx';
import { CheckboxField, LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { formatHours, parseHours } from '../shared/hours-input.ts';
import { POINT_KIND_LABELS, POINT_KINDS, WEEKDAY_LABELS } from '../shared/labels.ts';

interface Values {
  name: Localized;
  kind: PointKind;
  locationType: string;
  address: string;
  commune: string;
  legacyDistrict: string;
  latitude: string;
  longitude: string;
  floorAreaM2: string;
  description: Localized;
  hours: string[];
  operatorName: string;
  contactName: string;
  phone: string;
  email: string;
  craftVillageId: string;
  nearbySites: string;
  pilot: boolean;
  /** As /api/files/<id>, in the order shown. */
  photos: string[];
}

const DEFAULT_DAY = '08:00–17:00';

function valuesOf(point: PointDetail | null): Values {
  return {
    name: point ? { ...point.name } : { vi: '', en: '' },
    kind: point?.kind ?? 'shop',
    locationType: point ? String(point.locationType) : '5',
    address: point?.address ?? '',
    commune: point?.commune ?? '',
    legacyDistrict: point?.legacyDistrict ?? '',
    latitude: point ? String(point.latitude) : '',
    longitude: point ? String(point.longitude) : '',
    floorAreaM2: point?.floorAreaM2 == null ? '' : String(point.floorAreaM2),
    description: point ? { ...point.description } : { vi: '', en: '' },
    hours: point ? point.weeklyHours.map(formatHours) : Array.from({ length: 7 }, () => DEFAULT_DAY),
    operatorName: point?.operatorName ?? '',
    contactName: point?.contactName ?? '',
    phone: point?.phone ?? '',
    email: point?.email ?? '',
    craftVillageId: point?.craftVillage?.id ?? '',
    nearbySites: point ? point.nearbySites.map((s) => (s.name.en && s.name.en !== s.name.vi ? `${s.name.vi} | ${s.name.en}` : s.name.vi)).join('\n') : '',
    pilot: point?.pilot ?? false,
    photos: point ? point.photos.map((id) => fileUrl(id)) : [],
  };
}

const number = (text: string) => Number(text.trim().replace(',', '.'));

/** One site a line: "Vietnamese name | English name" (the English name may be left out). */
function sitesOf(text: string): PointInput['nearbySites'] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [vi = '', en = ''] = line.split('|').map((p) => p.trim());
    return { name: { vi, en: en || vi } };
  });
}

function toBody(values: Values): Omit<PointInput, 'slug'> {
  const area = values.floorAreaM2.trim();
  return {
    name: { vi: values.name.vi.trim(), en: values.name.en.trim() },
    kind: values.kind,
    locationType: Number(values.locationType),
    address: values.address.trim(),
    commune: values.commune.trim(),
    legacyDistrict: values.legacyDistrict.trim() || null,
    latitude: number(values.latitude),
    longitude: number(values.longitude),
    floorAreaM2: area ? number(area) : null,
    description: { vi: values.description.vi.trim(), en: values.description.en.trim() },
    weeklyHours: values.hours.map((day) => parseHours(day) ?? []),
    operatorName: values.operatorName.trim(),
    contactName: values.contactName.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    craftVillageId: values.craftVillageId || null,
    nearbySites: sitesOf(values.nearbySites),
    pilot: values.pilot,
    photos: values.photos.flatMap((url) => fileIdOf(url) ?? []),
  };
}

/**
 * A point's record in the back office: a new candidate (`point` null) or a change to one. Weekly
 * hours are typed per day ("08:00–12:00, 13:30–17:00", empty for closed); dated exceptions have
 * their own section.
 */
export function PointForm({ point, onSaved }: { point: PointDetail | null; onSaved(slug: string): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const form = useForm<Values>({ defaultValues: valuesOf(point) });
  const villages = useApiQuery<{ items: CraftVillage[] }>('/api/craft-villages');
  const save = useApiMutation<{ id: string; slug: string } | undefined, Omit<PointInput, 'slug'>>({
    method: point ? 'PATCH' : 'POST',
    path: point ? `/api/outlets/points/${point.id}` : '/api/outlets/points',
  });
  const coordinateRule = (limit: number) => (value: unknown) => {
    const parsed = number(String(value ?? ''));
    return (String(value ?? '').trim() !== '' && Number.isFinite(parsed) && Math.abs(parsed) <= limit) || t('pointsOfSaleAdmin.form.badCoordinate');
  };
  const hoursRule = (value: unknown) => parseHours(String(value ?? '')) !== null || t('pointsOfSaleAdmin.form.badHours');
  const areaRule = (value: unknown) => String(value ?? '').trim() === '' || number(String(value)) > 0 || t('pointsOfSaleAdmin.form.badArea');
  return (
    <KitForm
      form={form}
      className="form pos-point-form"
      aria-labelledby="point-form-title"
      onSubmit={(values) => save.mutateAsync(toBody(values))}
      onSaved={(result) => onSaved(result?.slug ?? point?.slug ?? '')}
      successMessage={t('admin.saved')}
      apiFields={{ weeklyHours: 'hours.0' }}
      codeFields={{ bad_hours: 'hours.0' }}
    >
      <h2 id="point-form-title">{point ? t('pointsOfSaleAdmin.form.editTitle') : t('pointsOfSaleAdmin.form.newTitle')}</h2>
      <LocalizedFields id="point-name" name="name" legend={t('pointsOfSaleAdmin.form.name')} required maxLength={300} />
      <div className="form-grid">
        <SelectField id="point-kind" name="kind" label={t('pointsOfSale.kind')} required options={POINT_KINDS.map((k) => ({ value: k, label: pick(POINT_KIND_LABELS[k]) }))} />
        <SelectField id="point-location-type" name="locationType" label={t('pointsOfSaleAdmin.form.locationType')} required
          options={LOCATION_TYPES.map((n) => ({ value: String(n), label: `${n}. ${pick(LOCATION_TYPE_LABELS[n])}` }))} />
        <TextField id="point-area" name="floorAreaM2" label={t('pointsOfSaleAdmin.form.floorArea')} inputMode="decimal" validate={areaRule} />
        <CheckboxField id="point-pilot" name="pilot" label={t('pointsOfSaleAdmin.form.pilot')} />
      </div>
      <fieldset className="form-section">
        <legend>{t('pointsOfSaleAdmin.form.place')}</legend>
        <div className="form-grid">
          <TextField id="point-address" name="address" label={t('pointsOfSaleAdmin.form.address')} required maxLength={500} />
          <TextField id="point-commune" name="commune" label={t('pointsOfSale.commune')} hint={t('pointsOfSaleAdmin.form.communeHint')} required maxLength={200} />
          <TextField id="point-legacy-district" name="legacyDistrict" label={t('pointsOfSaleAdmin.form.legacyDistrict')} maxLength={200} />
          <TextField id="point-latitude" name="latitude" label={t('pointsOfSaleAdmin.form.latitude')} inputMode="decimal" placeholder="21.0285" required validate={coordinateRule(90)} />
          <TextField id="point-longitude" name="longitude" label={t('pointsOfSaleAdmin.form.longitude')} inputMode="decimal" placeholder="105.8542" required validate={coordinateRule(180)} />
          <SelectField id="point-village" name="craftVillageId" label={t('pointsOfSale.craftVillage')} placeholder={t('pointsOfSaleAdmin.form.noVillage')}
            options={(villages.data?.items ?? []).map((v) => ({ value: v.id, label: pick(v.name) }))} />
        </div>
        <TextField id="point-nearby" name="nearbySites" rows={3} label={t('pointsOfSale.nearby')} hint={t('pointsOfSaleAdmin.form.nearbyHint')} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('pointsOfSale.hours')}</legend>
        <p className="field__hint">{t('pointsOfSaleAdmin.form.hoursHint')}</p>
        <div className="form-grid">
          {WEEKDAY_LABELS.map((day, index) => (
            <TextField key={index} id={`point-hours-${index}`} name={`hours.${index}`} label={pick(day)} placeholder="08:00–17:00" validate={hoursRule} />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('pointsOfSaleAdmin.form.operator')}</legend>
        <div className="form-grid">
          <TextField id="point-operator" name="operatorName" label={t('pointsOfSaleAdmin.form.operatorName')} maxLength={300} />
          <TextField id="point-contact" name="contactName" label={t('pointsOfSaleAdmin.form.contactName')} maxLength={200} />
          <TextField id="point-phone" name="phone" type="tel" label={t('pointsOfSale.phone')} maxLength={40} />
          <TextField id="point-email" name="email" type="email" label={t('pointsOfSaleAdmin.form.email')} />
        </div>
      </fieldset>
      <LocalizedFields id="point-description" name="description" legend={t('pointsOfSaleAdmin.form.description')} rows={3} maxLength={5000} />
      <FileUploadField label={t('pointsOfSaleAdmin.form.photos')} hint={t('pointsOfSaleAdmin.form.photosHint')} value={form.watch('photos')}
        onChange={(photos) => form.setValue('photos', photos, { shouldDirty: true })} purpose="outlet-point" max={30} allowUrl={false} />
      <p className="actions"><SubmitButton>{point ? t('admin.save') : t('pointsOfSaleAdmin.form.create')}</SubmitButton></p>
    </KitForm>
  );
}
