// i18next set up for the web app: Vietnamese by default, English on request; the choice is kept
// in localStorage and mirrored in <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/localized.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, resources } from './resources.ts';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  } catch {
    // Storage can be unavailable (privacy settings); the default language then applies.
  }
  return DEFAULT_LANGUAGE;
}

function applyLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  // The server-rendered pages (the QR check) read the choice from this cookie.
  document.cookie = `ocop_lang=${language === 'en' ? 'en' : 'vi'}; path=/; max-age=31536000; samesite=lax`;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisted; the switch still applies to this visit.
  }
  await i18n.changeLanguage(language);
}

export default i18n;
