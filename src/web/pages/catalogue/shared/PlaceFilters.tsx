import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CraftVillage } from '../../../../modules/catalogue/contract.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FilterSelect } from '../../../kit/list/filters.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { COUNTRIES, CULTURAL_REGIONS, PROVINCES, provinceLabel } from './catalogue-data.ts';

type PlaceParam = 'region' | 'country' | 'province' | 'craftVillage';

/** The place filters of a list's useListFilters (its spec has these keys). */
export interface PlaceFilterState<K extends PlaceParam> {
  values: Readonly<Record<K, string>>;
  set(changes: Partial<Record<K, string | null>>): void;
}

/** The place filters every catalogue list keeps in its address. */
export const PLACE_FILTERS = { region: '', country: '', province: '', craftVillage: '' } as const;

/**
 * Where products or producers come from: a cultural region or a country in one list (`region`
 * or `country`). A province belongs to Vietnam, so choosing another country drops it.
 */
export function OriginFilter({ id, filters }: { id: string; filters: PlaceFilterState<'region' | 'country' | 'province'> }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { region, country, province } = filters.values;
  const origin = region ? `region:${region}` : country ? `country:${country}` : '';
  const setOrigin = (value: string) => {
    const [kind, code] = value.split(':');
    filters.set({
      region: kind === 'region' ? (code ?? null) : null,
      country: kind === 'country' ? (code ?? null) : null,
      province: kind === 'country' && code !== 'VN' ? null : province,
    });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('catalogue.filters.origin')}</label>
      <select id={id} value={origin} onChange={(event) => setOrigin(event.target.value)}>
        <option value="">{t('catalogue.filters.allOrigins')}</option>
        <optgroup label={t('catalogue.filters.regions')}>
          {CULTURAL_REGIONS.map((entry) => (
            <option key={entry.code} value={`region:${entry.code}`}>
              {entry.name[language]}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('catalogue.filters.countries')}>
          {COUNTRIES.map((entry) => (
            <option key={entry.code} value={`country:${entry.code}`}>
              {entry.name[language]}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

/** The craft villages sorted by name in the user's language, for selects. */
export function useCraftVillageOptions() {
  const { language, pick } = useLocalized();
  const villages = useApiQuery<{ items: CraftVillage[] }>('/api/craft-villages');
  return useMemo(
    () =>
      (villages.data?.items ?? [])
        .map((village) => ({ value: village.id, label: pick(village.name) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [villages.data, pick, language],
  );
}

/** The province and craft village filters (`province`, `craftVillage`). */
export function ProvinceAndVillageFilters({ idPrefix, filters }: { idPrefix: string; filters: PlaceFilterState<'province' | 'craftVillage'> }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const villages = useCraftVillageOptions();
  const provinces = useMemo(() => PROVINCES.map((entry) => ({ value: entry.name, label: provinceLabel(entry.name, language) })), [language]);
  return (
    <>
      <FilterSelect
        id={`${idPrefix}-province`}
        label={t('catalogue.filters.province')}
        value={filters.values.province}
        allLabel={t('catalogue.filters.allProvinces')}
        options={provinces}
        onChange={(province) => filters.set({ province })}
      />
      <FilterSelect
        id={`${idPrefix}-village`}
        label={t('catalogue.filters.craftVillage')}
        value={filters.values.craftVillage}
        allLabel={t('catalogue.filters.allVillages')}
        options={villages}
        onChange={(craftVillage) => filters.set({ craftVillage })}
      />
    </>
  );
}
