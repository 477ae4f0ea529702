// The catalogue's fixed vocabularies (categories, regions, countries, producer types, provinces,
// authorities, legal bases) from the pure domain module, shaped for pickers and labels.
import {
  AUTHORITY_LEVELS,
  CATEGORY_GROUPS,
  COUNTRIES,
  CULTURAL_REGIONS,
  LEGAL_BASES,
  LEAF_CATEGORIES,
  PRODUCER_TYPES,
  PROVINCES,
  findCategory,
  type CategoryNode,
} from '../../../../modules/catalogue/domain/index.ts';
import type { Language, Localized } from '../../../../shared/localized.ts';

export { AUTHORITY_LEVELS, COUNTRIES, CULTURAL_REGIONS, LEAF_CATEGORIES, LEGAL_BASES, PRODUCER_TYPES, PROVINCES };

const NBSP = '\u00a0';

export interface CategoryOption {
  code: string;
  level: 1 | 2 | 3;
  /** "I.4 · Gia vị", indented by level so that a plain <select> shows the tree. */
  label: string;
}

/** Every category at every level, in official order, for a filter that takes any level. */
export function categoryTreeOptions(language: Language): CategoryOption[] {
  const out: CategoryOption[] = [];
  for (const group of CATEGORY_GROUPS) {
    out.push({ code: group.code, level: 1, label: `${group.code} · ${group.name[language]}` });
    for (const subgroup of group.subgroups) {
      out.push({ code: subgroup.code, level: 2, label: `${NBSP.repeat(3)}${subgroup.code} · ${subgroup.name[language]}` });
      const selfLeaf = subgroup.leaves.length === 1 && subgroup.leaves[0]?.code === subgroup.code;
      if (selfLeaf) continue;
      for (const leaf of subgroup.leaves) {
        out.push({ code: leaf.code, level: 3, label: `${NBSP.repeat(6)}${leaf.code} · ${leaf.name[language]}` });
      }
    }
  }
  return out;
}

/** The leaf categories grouped by OCOP group, for the product form's picker. */
export function leafCategoryGroups(language: Language): { label: string; options: { code: string; label: string }[] }[] {
  return CATEGORY_GROUPS.map((group) => ({
    label: `${group.code} · ${group.name[language]}`,
    options: group.subgroups.flatMap((subgroup) =>
      subgroup.leaves.map((leaf) => ({
        code: leaf.code,
        label:
          leaf.code === subgroup.code
            ? `${leaf.code} · ${leaf.name[language]}`
            : `${leaf.code} · ${leaf.name[language]} (${subgroup.name[language]})`,
      })),
    ),
  }));
}

/** A category's name, or its path from the group ("Thực phẩm › Gia vị › Nước mắm…"). */
export function categoryName(code: string, language: Language, options: { path?: boolean } = {}): string {
  const node = findCategory(code);
  if (!node) return code;
  if (!options.path) return node.name[language];
  const names: string[] = [];
  let current: CategoryNode | undefined = node;
  while (current) {
    // A subgroup that is its own leaf (IV.1) would repeat its name.
    if (names[0] !== current.name[language]) names.unshift(current.name[language]);
    current = current.parentCode ? findCategory(current.parentCode) : undefined;
  }
  return names.join(' › ');
}

export function producerTypeName(type: string, language: Language): string {
  return PRODUCER_TYPES.find((info) => info.code === type)?.label[language] ?? type;
}

export function regionName(region: string | null | undefined, language: Language): string {
  if (!region) return '';
  return CULTURAL_REGIONS.find((info) => info.code === region)?.name[language] ?? region;
}

export function countryLabel(code: string, language: Language): string {
  return COUNTRIES.find((country) => country.code === code)?.name[language] ?? code;
}

export function authorityLevelName(level: string, language: Language): string {
  return AUTHORITY_LEVELS.find((info) => info.code === level)?.label[language] ?? level;
}

export function legalBasisName(code: string, language: Language): string {
  return LEGAL_BASES.find((info) => info.code === code)?.label[language] ?? code;
}

/** Province names in Vietnamese as stored; the English spelling for the English UI. */
export function provinceLabel(name: string, language: Language): string {
  if (language === 'vi') return name;
  return PROVINCES.find((province) => province.name === name)?.en ?? name;
}

export function regionOfProvince(name: string): string | undefined {
  return PROVINCES.find((province) => province.name === name)?.region;
}

export type { Localized };
