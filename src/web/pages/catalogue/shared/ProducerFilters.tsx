import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FilterBar, FilterSelect } from '../../../kit/list/filters.tsx';
import { PRODUCER_TYPES } from './catalogue-data.ts';
import { OriginFilter, type PlaceFilterState } from './PlaceFilters.tsx';

/** The search and legal-form filters of the producer lists (public and back office). */
export const PRODUCER_FILTERS = { q: '', type: { allowed: PRODUCER_TYPES.map((type) => type.code) } } as const;

type ProducerFilterState = PlaceFilterState<'region' | 'country' | 'province'> & {
  values: Readonly<Record<'type', string>>;
  set(changes: Partial<Record<'type', string | null>>): void;
};

/** Legal form and origin, then what the page adds (more places, "clear"). */
export function ProducerFilters({ idPrefix, filters, typeLabel, children }: { idPrefix: string; filters: ProducerFilterState; typeLabel?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <FilterBar label={t('catalogue.filters.title')}>
      <FilterSelect
        id={`${idPrefix}-type`}
        label={typeLabel ?? t('catalogue.producers.type')}
        value={filters.values.type}
        allLabel={t('catalogue.producers.allTypes')}
        options={PRODUCER_TYPES.map((type) => ({ value: type.code, label: type.label[language] }))}
        onChange={(type) => filters.set({ type })}
      />
      <OriginFilter id={`${idPrefix}-origin`} filters={filters} />
      {children}
    </FilterBar>
  );
}
