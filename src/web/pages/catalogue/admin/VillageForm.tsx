import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CraftVillage, CraftVillageInput } from '../../../../modules/catalogue/contract.ts';
import type { Localized } from '../../../../shared/localized.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { CheckboxField, LocalizedFields, SelectField, SubmitButton, TextField } from '../../../kit/form/fields.tsx';
import { KitForm } from '../../../kit/form/KitForm.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { PROVINCES, provinceLabel } from '../shared/catalogue-data.ts';
import { orNull } from './form-parts.tsx';

interface Values {
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

const EMPTY: Values = {
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

function valuesOf(village: CraftVillage): Values {
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

/** A coordinate typed with a dot or a comma ("20,93"), or null when empty. */
function coordinate(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  return clean ? Number(clean) : null;
}

const trimmed = (text: Localized): Localized => ({ vi: text.vi.trim(), en: text.en.trim() });

function toBody(values: Values): CraftVillageInput {
  return {
    name: trimmed(values.name),
    craft: trimmed(values.craft),
    commune: values.commune.trim(),
    legacyDistrict: orNull(values.legacyDistrict),
    province: values.province,
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
    traditional: values.traditional,
    description: trimmed(values.description),
  };
}

/** Adds a craft village, or changes one; the list refreshes after saving. */
export function VillageForm({ village, onClose, onSaved }: { village: CraftVillage | null; onClose(): void; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const form = useForm<Values>({ defaultValues: village ? valuesOf(village) : EMPTY });
  const save = useApiMutation<unknown, CraftVillageInput>({
    method: village ? 'PATCH' : 'POST',
    path: village ? `/api/craft-villages/${village.id}` : '/api/craft-villages',
    invalidates: ['/api/craft-villages'],
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const provinces = useMemo(() => PROVINCES.map((entry) => ({ value: entry.name, label: provinceLabel(entry.name, language) })), [language]);
  const coordinateRule = (limit: number) => (value: unknown) => {
    const parsed = coordinate(String(value ?? ''));
    return parsed === null || (Number.isFinite(parsed) && Math.abs(parsed) <= limit) || t('admin.villages.badCoordinates');
  };

  return (
    <KitForm
      form={form}
      className="card form village-form"
      aria-labelledby="village-form-title"
      onSubmit={(values) => save.mutateAsync(toBody(values))}
      onSaved={(_result, values) => onSaved(t(village ? 'admin.villages.updated' : 'admin.villages.created', { name: pick(trimmed(values.name)) }))}
      labels={{ commune: t('admin.villages.commune'), latitude: t('admin.villages.latitude'), longitude: t('admin.villages.longitude') }}
    >
      <h2 id="village-form-title" ref={headingRef} tabIndex={-1}>
        {village ? t('admin.villages.editTitle', { name: pick(village.name) }) : t('admin.villages.newTitle')}
      </h2>
      <LocalizedFields id="village-name" name="name" legend={t('admin.villages.name')} required />
      <LocalizedFields id="village-craft" name="craft" legend={t('admin.villages.craft')} required />
      <div className="form-grid">
        <TextField id="village-commune" name="commune" label={t('admin.villages.commune')} required />
        <TextField id="village-legacy-district" name="legacyDistrict" label={t('admin.producers.legacyDistrict')} hint={t('admin.producers.legacyDistrictHint')} />
        <SelectField id="village-province" name="province" label={t('admin.producers.province')} options={provinces} />
        <CheckboxField id="village-traditional" name="traditional" label={t('admin.villages.traditionalLabel')} />
        <TextField id="village-latitude" name="latitude" label={t('admin.villages.latitude')} inputMode="decimal" placeholder="21.0285" validate={coordinateRule(90)} />
        <TextField id="village-longitude" name="longitude" label={t('admin.villages.longitude')} inputMode="decimal" placeholder="105.8542" validate={coordinateRule(180)} />
      </div>
      <LocalizedFields id="village-description" name="description" legend={t('admin.villages.description')} rows={3} />
      <p className="actions">
        <SubmitButton>{village ? t('admin.save') : t('admin.villages.create')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </p>
    </KitForm>
  );
}
