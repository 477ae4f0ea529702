import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CraftVillage, ProducerDetail, ProducerInput } from '../../../../modules/catalogue/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { COUNTRIES, CULTURAL_REGIONS, PRODUCER_TYPES, PROVINCES, provinceLabel, regionOfProvince } from '../shared/catalogue-data.ts';
import { FormSection, orNull } from './form-parts.tsx';

type RegionCode = NonNullable<ProducerInput['region']>;

export interface ProducerValues {
  name: string;
  type: ProducerInput['type'];
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

export const EMPTY_PRODUCER: ProducerValues = {
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

export function producerValues(producer: ProducerDetail): ProducerValues {
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

const isForeign = (type: string) => type === 'foreign-enterprise';

function toBody(values: ProducerValues): ProducerInput {
  const foreign = isForeign(values.type);
  return {
    name: values.name.trim(),
    type: values.type,
    taxCode: orNull(values.taxCode),
    address: values.address.trim(),
    province: values.province.trim(),
    commune: foreign ? null : orNull(values.commune),
    legacyDistrict: foreign ? null : orNull(values.legacyDistrict),
    region: foreign ? null : values.region || null,
    country: foreign ? values.country : 'VN',
    contactName: orNull(values.contactName),
    phone: orNull(values.phone),
    email: orNull(values.email),
    website: orNull(values.website),
    description: { vi: values.description.vi.trim(), en: values.description.en.trim() },
    craftVillageId: values.craftVillageId || null,
  };
}

/**
 * A producer's profile on the form kit. Switching between a Vietnamese and a foreign producer
 * changes what the origin fields mean (they are reset); a province fills in its cultural region.
 */
export function ProducerForm<R>({
  initial,
  submitLabel,
  successMessage,
  onSubmit,
  onSaved,
}: {
  initial: ProducerValues;
  submitLabel: string;
  successMessage?: string;
  onSubmit(body: ProducerInput): Promise<R>;
  onSaved?(result: R, body: ProducerInput): void;
}) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const form = useForm<ProducerValues>({ defaultValues: initial });
  const villages = useApiQuery<{ items: CraftVillage[] }>('/api/craft-villages');
  const foreign = isForeign(form.watch('type'));
  const province = form.watch('province');

  const previousType = useRef(initial.type);
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      const dirty = { shouldDirty: true };
      if (name === 'type' && values.type) {
        const nowForeign = isForeign(values.type);
        if (nowForeign !== isForeign(previousType.current)) {
          const origin: Partial<ProducerValues> = nowForeign
            ? { country: '', region: '', province: '', commune: '', legacyDistrict: '' }
            : { country: 'VN', province: 'Hà Nội', region: 'red-river-delta' };
          for (const [key, value] of Object.entries(origin)) form.setValue(key as keyof ProducerValues, value as string, dirty);
        }
        previousType.current = values.type;
      }
      if (name === 'province' && !isForeign(values.type ?? '')) {
        const region = regionOfProvince(values.province ?? '') as RegionCode | undefined;
        if (region && region !== values.region) form.setValue('region', region, dirty);
      }
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const villageOptions = useMemo(
    () =>
      [...(villages.data?.items ?? [])]
        .sort((a, b) => pick(a.name).localeCompare(pick(b.name), language))
        .map((village) => ({ value: village.id, label: pick(village.name) })),
    [villages.data, pick, language],
  );
  const provinceOptions = useMemo(() => {
    const known = PROVINCES.map((entry) => ({ value: entry.name, label: provinceLabel(entry.name, language) }));
    const unknown = province && !PROVINCES.some((entry) => entry.name === province) ? [{ value: province, label: province }] : [];
    return [...unknown, ...known];
  }, [province, language]);
  const countryOptions = COUNTRIES.filter((country) => country.code !== 'VN').map((country) => ({ value: country.code, label: country.name[language] }));
  const regionOptions = CULTURAL_REGIONS.map((region) => ({ value: region.code, label: region.name[language] }));
  const typeOptions = PRODUCER_TYPES.map((type) => ({ value: type.code, label: type.label[language] }));
  const websiteRule = (value: unknown) => {
    const text = String(value ?? '').trim();
    return text === '' || /^https?:\/\/\S+$/i.test(text) || t('admin.producers.badWebsite');
  };

  return (
    <KitForm
      form={form}
      className="form card"
      aria-label={t('admin.producers.formLabel')}
      onSubmit={(values) => onSubmit(toBody(values))}
      onSaved={(result, values) => onSaved?.(result, toBody(values))}
      successMessage={successMessage}
      codeFields={{ bad_origin: foreign ? 'country' : 'region' }}
      labels={{ name: t('admin.producers.name'), taxCode: t('admin.producers.taxCode'), region: t('admin.producers.region'), country: t('admin.producers.country') }}
    >
      <FormSection title={t('admin.producers.identity')}>
        <div className="form-grid">
          <TextField id="producer-name" name="name" label={t('admin.producers.name')} required />
          <SelectField id="producer-type" name="type" label={t('admin.producers.type')} options={typeOptions} />
          <TextField id="producer-tax-code" name="taxCode" label={t('admin.producers.taxCode')} hint={t('admin.producers.taxCodeHint')} inputMode="numeric" />
        </div>
      </FormSection>

      <FormSection title={t('admin.producers.location')}>
        <div className="form-grid">
          {foreign ? (
            <>
              <SelectField key="country" id="producer-country" name="country" label={t('admin.producers.country')} required options={countryOptions} placeholder={t('admin.producers.chooseCountry')} />
              <TextField key="foreign-province" id="producer-province" name="province" label={t('admin.producers.foreignProvince')} required />
            </>
          ) : (
            <>
              <SelectField key="province" id="producer-province" name="province" label={t('admin.producers.province')} required options={provinceOptions} />
              <SelectField id="producer-region" name="region" label={t('admin.producers.region')} required options={regionOptions} placeholder={t('admin.producers.chooseRegion')} />
              <TextField id="producer-commune" name="commune" label={t('admin.producers.commune')} />
              <TextField id="producer-legacy-district" name="legacyDistrict" label={t('admin.producers.legacyDistrict')} hint={t('admin.producers.legacyDistrictHint')} />
            </>
          )}
        </div>
        <TextField id="producer-address" name="address" label={t('admin.producers.address')} />
        <SelectField id="producer-village" name="craftVillageId" label={t('admin.producers.craftVillage')} options={villageOptions} placeholder={t('admin.producers.noVillage')} />
      </FormSection>

      <FormSection title={t('admin.producers.contact')}>
        <div className="form-grid">
          <TextField id="producer-contact" name="contactName" label={t('admin.producers.contactName')} />
          <TextField id="producer-phone" name="phone" label={t('admin.producers.phone')} type="tel" inputMode="tel" />
          <TextField id="producer-email" name="email" label={t('admin.producers.email')} type="email" inputMode="email" />
          <TextField id="producer-website" name="website" label={t('admin.producers.website')} type="url" inputMode="url" placeholder="https://" validate={websiteRule} />
        </div>
      </FormSection>

      <LocalizedFields id="producer-description" name="description" legend={t('admin.producers.description')} rows={4} />
      <p className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </p>
    </KitForm>
  );
}
