import type { Localized } from '../../../shared/localized.ts';
import { VIETNAM, countryName } from './countries.ts';
import { PROVINCES } from './provinces.ts';

/** Where a producer comes from, as a visitor says it: the country when abroad, else the province. */
export function producerOrigin(country: string, province: string): Localized {
  if (country !== VIETNAM) return countryName(country) ?? { vi: country, en: country };
  return { vi: province, en: PROVINCES.find((p) => p.name === province)?.en ?? province };
}
