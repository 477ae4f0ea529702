import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat, type NumberFormat } from '../../../../modules/fairs/reporting/number-format.ts';

/** The fairs' number formatter in the page's language (the closing report uses the same one). */
export function useNumberFormat(): NumberFormat {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return useMemo(() => numberFormat(language), [language]);
}
