/** A user-facing text in both languages of the platform: Vietnamese first, English second. */
export interface Localized {
  vi: string;
  en: string;
}

export type Language = keyof Localized;

export const LANGUAGES: readonly Language[] = ['vi', 'en'];
