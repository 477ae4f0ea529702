import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat, type NumberFormat } from '../../../../modules/fairs/reporting/number-format.ts';
import type { Language } from '../../../../shared/localized.ts';

/** The fairs' number formatter in the page's language (the closing report uses the same one). */
export function useNumberFormat(): NumberFormat {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return useMemo(() => numberFormat(language), [language]);
}

const VI_UNITS = [
  { size: 1e9, unit: 'tỷ' },
  { size: 1e6, unit: 'tr' },
  { size: 1e3, unit: 'nghìn' },
] as const;
const viDigits = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const enCompact = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 });

/**
 * An amount shortened for a chart's axis, whose name says the currency: "3,5 tr", "1,2 tỷ" in
 * Vietnamese (the way sellers write it, where Intl's "3,5 Tr" is not), "3.5M", "1.2B" in English.
 * Sales charts and the conferences' outcome chart use this one.
 */
export function axisAmount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '';
  if (language === 'en') return enCompact.format(value);
  const unit = VI_UNITS.find((u) => Math.abs(value) >= u.size);
  return unit ? `${viDigits.format(value / unit.size)}\u00a0${unit.unit}` : viDigits.format(value);
}
