// All texts of the web app, by language: the platform's own (vi.json, en.json) and one pair of
// files per module in modules/<module>.vi.json and modules/<module>.en.json, so that modules add
// texts without touching each other's files. A module's top-level keys are its namespaces; two
// files may not define the same top-level key.
import type { Language } from '../../shared/localized.ts';
import en from './en.json';
import vi from './vi.json';

export type TextTree = { [key: string]: string | TextTree };

const moduleFiles = import.meta.glob<TextTree>('./modules/*.json', { eager: true, import: 'default' });

function mergeTexts(language: Language, base: TextTree): TextTree {
  const merged: TextTree = { ...base };
  const owner = new Map(Object.keys(base).map((key) => [key, `${language}.json`]));
  for (const [file, tree] of Object.entries(moduleFiles).sort(([a], [b]) => a.localeCompare(b))) {
    if (!file.endsWith(`.${language}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      const previous = owner.get(key);
      if (previous) throw new Error(`Text namespace "${key}" is defined by both ${previous} and ${file}`);
      owner.set(key, file);
      merged[key] = value;
    }
  }
  return merged;
}

export const TEXTS: Record<Language, TextTree> = {
  vi: mergeTexts('vi', vi as TextTree),
  en: mergeTexts('en', en as TextTree),
};
