import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Localized } from '../../shared/localized.ts';

/** A bilingual value from the API, in the UI language (Vietnamese when the English one is empty). */
export function pickLocalized(text: Partial<Localized> | null | undefined, language: Language): string {
  if (!text) return '';
  const value = text[language]?.trim();
  return value ? value : (text.vi ?? text.en ?? '').trim();
}

/** The UI language and a function that reads a bilingual value in it. */
export function useLocalized(): { language: Language; pick(text: Partial<Localized> | null | undefined): string } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'vi';
  const pick = useCallback((text: Partial<Localized> | null | undefined) => pickLocalized(text, language), [language]);
  return { language, pick };
}
