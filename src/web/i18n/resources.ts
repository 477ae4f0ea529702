// The texts of the web app. Every string is in vi.json and en.json or a module's pair of files
// (texts.ts; same keys in both languages, the i18n test checks it), except the role labels, which come from the accounts module's ROLE_LABELS so
// that the server and the web name roles alike: they are added here as `roles.<role>`.
import { ROLE_LABELS, ROLES } from '../../modules/accounts/roles.ts';
import type { Language } from '../../shared/localized.ts';
import { TEXTS } from './texts.ts';

function roleLabels(language: Language): Record<string, string> {
  return Object.fromEntries(ROLES.map((role) => [role, ROLE_LABELS[role][language]]));
}

export const resources = {
  vi: { translation: { ...TEXTS.vi, roles: roleLabels('vi') } },
  en: { translation: { ...TEXTS.en, roles: roleLabels('en') } },
} as const;

export const DEFAULT_LANGUAGE: Language = 'vi';
export const LANGUAGE_STORAGE_KEY = 'ocop.language';
