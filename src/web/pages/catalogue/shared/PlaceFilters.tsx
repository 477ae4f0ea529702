import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CraftVillage } from '../../../../modules/catalogue/contract.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { useSearchState } from '../../../components/useSearchState.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { COUNTRIES, CULTURAL_REGIONS, PROVINCES, provinceLabel } from './catalogue-data.ts';

/**
 * Where products or producers come from, kept in the URL: a cultural region or a country in one
 * list (`region` or `country`). A province belongs to Vietnam, so choosing another country drops it.
 */
export function OriginFilter({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { get, update } = useSearchState();
  const origin = get('region') ? `region:${get('region')}` : get('country') ? `country:${get('country')}` : '';
  const setOrigin = (value: string) => {
    const [kind, code] = value.split(':');
    update({
      region: kind === 'region' ? code : null,
      country: kind === 'country' ? code : null,
      province: kind === 'country' && code !== 'VN' ? null : get('province'),
    });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('catalogue.filters.origin')}</label>
      <select id={id} value={origin} onChange={(event) => setOrigin(event.target.value)}>
        <option value="">{t('catalogue.filters.allOrigins')}</option>
        <optgroup label={t('catalogue.filters.regions')}>
          {CULTURAL_REGIONS.map((region) => (
            <option key={region.code} value={`region:${region.code}`}>
              {region.name[language]}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('catalogue.filters.countries')}>
          {COUNTRIES.map((country) => (
            <option key={country.code} value={`country:${country.code}`}>
              {country.name[language]}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

/** The province and craft village filters, kept in the URL (`province`, `craftVillage`). */
export function ProvinceAndVillageFilters({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const { get, update } = useSearchState();
  const villages = useApiGet<{ items: CraftVillage[] }>('/api/craft-villages');
  const sortedVillages = useMemo(
    () => [...(villages.data?.items ?? [])].sort((a, b) => pick(a.name).localeCompare(pick(b.name), language)),
    [villages.data, pick, language],
  );
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-province`}>{t('catalogue.filters.province')}</label>
        <select id={`${idPrefix}-province`} value={get('province')} onChange={(event) => update({ province: event.target.value })}>
          <option value="">{t('catalogue.filters.allProvinces')}</option>
          {PROVINCES.map((province) => (
            <option key={province.name} value={province.name}>
              {provinceLabel(province.name, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-village`}>{t('catalogue.filters.craftVillage')}</label>
        <select id={`${idPrefix}-village`} value={get('craftVillage')} onChange={(event) => update({ craftVillage: event.target.value })}>
          <option value="">{t('catalogue.filters.allVillages')}</option>
          {sortedVillages.map((village) => (
            <option key={village.id} value={village.id}>
              {pick(village.name)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
