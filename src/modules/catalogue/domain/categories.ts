import type { Localized } from '../../../shared/localized.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import table from './ocop-categories.json' with { type: 'json' };
import { SECTORS_1048 } from './sectors-1048.ts';

/**
 * The OCOP product classification of Decision 148/QĐ-TTg (2023): six groups (I–VI), each split
 * into subgroups ("nhóm", I.4) and those into leaf categories ("phân nhóm", I.4.a). Products are
 * always filed under a leaf. Some subgroups are not split further and are their own leaf, so a
 * code like `IV.1` is both a subgroup (level 2) and a leaf.
 */
export type CategoryGroupCode = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';

/** Depth in the classification: 1 group, 2 subgroup (nhóm), 3 leaf below a subgroup (phân nhóm). */
export type CategoryLevel = 1 | 2 | 3;

export interface CategoryNode {
  code: string;
  name: Localized;
  level: CategoryLevel;
  groupCode: CategoryGroupCode;
  parentCode: string | null;
  isLeaf: boolean;
}

export interface LeafCategory {
  code: string;
  name: Localized;
  groupCode: CategoryGroupCode;
  groupName: Localized;
  subgroupCode: string;
  subgroupName: Localized;
}

export interface CategorySubgroup {
  code: string;
  name: Localized;
  leaves: readonly LeafCategory[];
}

export interface CategoryGroup {
  code: CategoryGroupCode;
  name: Localized;
  subgroups: readonly CategorySubgroup[];
}

const GROUP_CODES: readonly CategoryGroupCode[] = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function isGroupCode(code: string): code is CategoryGroupCode {
  return (GROUP_CODES as readonly string[]).includes(code);
}

function buildTree(): CategoryGroup[] {
  return table.groups.map((group) => {
    if (!isGroupCode(group.code)) throw new Error(`Unexpected OCOP group code ${group.code}`);
    const groupCode = group.code;
    const groupName = { vi: group.vi, en: group.en };
    return {
      code: groupCode,
      name: groupName,
      subgroups: group.nhom.map((subgroup) => {
        const subgroupName = { vi: subgroup.vi, en: subgroup.en };
        return {
          code: subgroup.code,
          name: subgroupName,
          leaves: subgroup.leaves.map((leaf) => ({
            code: leaf.code,
            name: { vi: leaf.vi, en: leaf.en },
            groupCode,
            groupName,
            subgroupCode: subgroup.code,
            subgroupName,
          })),
        };
      }),
    };
  });
}

/** The whole classification as a tree, in official order. */
export const CATEGORY_GROUPS: readonly CategoryGroup[] = buildTree();

/** Every leaf category (26), in official order, for pickers and filters. */
export const LEAF_CATEGORIES: readonly LeafCategory[] = CATEGORY_GROUPS.flatMap((g) =>
  g.subgroups.flatMap((s) => s.leaves),
);

const NODES = new Map<string, CategoryNode>();
for (const group of CATEGORY_GROUPS) {
  NODES.set(group.code, {
    code: group.code,
    name: group.name,
    level: 1,
    groupCode: group.code,
    parentCode: null,
    isLeaf: false,
  });
  for (const subgroup of group.subgroups) {
    const selfLeaf = subgroup.leaves.length === 1 && subgroup.leaves[0]?.code === subgroup.code;
    NODES.set(subgroup.code, {
      code: subgroup.code,
      name: subgroup.name,
      level: 2,
      groupCode: group.code,
      parentCode: group.code,
      isLeaf: selfLeaf,
    });
    if (selfLeaf) continue;
    for (const leaf of subgroup.leaves) {
      NODES.set(leaf.code, {
        code: leaf.code,
        name: leaf.name,
        level: 3,
        groupCode: group.code,
        parentCode: subgroup.code,
        isLeaf: true,
      });
    }
  }
}

// Written like "I.4.a", with lenient spacing, case, separators ("I-4-a", "i.4a") and a trailing dot.
const CODE_SHAPE = /^(VI|IV|V|III|II|I)(?:[.-]?(\d{1,2}))?(?:[.-]?([a-z]))?\.?$/i;

/**
 * The official spelling of a category code typed loosely ("i . 4 . A" → "I.4.a"), or undefined
 * when the text is not the code of an existing category.
 */
export function normaliseCategoryCode(text: string): string | undefined {
  const m = CODE_SHAPE.exec(text.replace(/\s+/g, ''));
  if (!m || !m[1]) return undefined;
  if (m[3] && !m[2]) return undefined;
  let code = m[1].toUpperCase();
  if (m[2]) code += `.${Number(m[2])}`;
  if (m[3]) code += `.${m[3].toLowerCase()}`;
  return NODES.has(code) ? code : undefined;
}

export function findCategory(code: string): CategoryNode | undefined {
  const normalised = normaliseCategoryCode(code);
  return normalised === undefined ? undefined : NODES.get(normalised);
}

export function isLeafCategory(code: string): boolean {
  return findCategory(code)?.isLeaf ?? false;
}

export function categoryLevel(code: string): CategoryLevel | undefined {
  return findCategory(code)?.level;
}

/**
 * Whether a category filter at any level takes in `code`: `I` takes in `I.4.a`, `I.4` takes in
 * `I.4.a`, every code takes in itself (so the subgroup-and-leaf `IV.1` matches `IV.1`), and `I`
 * does not take in `II.1`.
 */
export function categoryIncludes(ancestorCode: string, code: string): boolean {
  const ancestor = normaliseCategoryCode(ancestorCode);
  const descendant = normaliseCategoryCode(code);
  if (ancestor === undefined || descendant === undefined) return false;
  return descendant === ancestor || descendant.startsWith(`${ancestor}.`);
}

/** The leaves a filter on `code` takes in, e.g. for `category_code = ANY($1)` in SQL. */
export function leafCodesUnder(code: string): string[] {
  return LEAF_CATEGORIES.filter((leaf) => categoryIncludes(code, leaf.code)).map((leaf) => leaf.code);
}

/**
 * The leaf used when a list names only a group or subgroup (or an old 1048 sector) that has
 * several leaves. Chosen as the leaf whose scope is broadest ("other …" where there is one);
 * the import flags every such row so an official re-files it. Groups and subgroups with a single
 * leaf need no entry: they resolve to it exactly.
 */
const DEFAULT_LEAF: Readonly<Record<string, string>> = {
  I: 'I.3.d', // processed food "… and other farm produce": most 1048 food products are processed
  'I.1': 'I.1.a',
  'I.2': 'I.2.b', // "… and other farm foods"
  'I.3': 'I.3.d',
  'I.4': 'I.4.b', // "other condiments"
  'I.5': 'I.5.a',
  II: 'II.2.b',
  'II.1': 'II.1.b', // "other alcoholic drinks"
  'II.2': 'II.2.b', // "other non-alcoholic drinks"
  III: 'III.3', // "essential oils and other herbs"
  IV: 'IV.1',
  V: 'V.2',
};

/** The leaf to store for a category code at any level (itself when it is a leaf). */
export function defaultLeafFor(code: string): string | undefined {
  const node = findCategory(code);
  if (!node) return undefined;
  if (node.isLeaf) return node.code;
  const leaves = leafCodesUnder(node.code);
  if (leaves.length === 1) return leaves[0];
  return DEFAULT_LEAF[node.code];
}

export interface CategoryResolution {
  /** The category the text named: a group, subgroup or leaf (for a 1048 sector, its current code). */
  code: string;
  /** The leaf to file the product under. */
  leafCode: string;
  /** True when the text named several leaves and `leafCode` is the rule-chosen default. */
  defaulted: boolean;
  matchedBy: 'code' | 'name' | 'sector-1048';
}

// "và"/"and" are dropped so "Vải, may mặc", "Vải và may mặc" and "Textiles & garments" meet.
function categoryKey(text: string): string {
  return textKey(text)
    .split(' ')
    .filter((word) => word !== 'va' && word !== 'and')
    .join(' ');
}

// Name → code, preferring the deepest node when a subgroup shares a name with its leaf or group
// (VI and VI.1 have the same name; II.2 and II.2.b are both "Đồ uống không cồn").
const BY_NAME = new Map<string, CategoryNode>();
for (const node of NODES.values()) {
  for (const name of [node.name.vi, node.name.en]) {
    const key = categoryKey(name);
    const existing = BY_NAME.get(key);
    if (!existing || existing.level < node.level) BY_NAME.set(key, node);
  }
}

const BY_SECTOR_1048 = new Map<string, string>();
for (const sector of SECTORS_1048) {
  for (const alias of sector.aliases) BY_SECTOR_1048.set(categoryKey(alias), sector.mapsTo);
}

// Words lists put before a code or name: "Nhóm I.4", "Phân nhóm: Gia vị", "Ngành Thực phẩm".
const LEADING_LABEL = /^(?:phan nhom|nhom nganh|nhom|nganh hang|nganh|group|subgroup|category|sector)\s+/;

function resolution(code: string, matchedBy: CategoryResolution['matchedBy']): CategoryResolution | undefined {
  const leafCode = defaultLeafFor(code);
  if (leafCode === undefined) return undefined;
  return { code, leafCode, defaulted: leafCode !== code && leafCodesUnder(code).length > 1, matchedBy };
}

/**
 * Reads a category as written in a list: an official code ("I.4.a", "i. 4. a"), the Vietnamese or
 * English name of any group, subgroup or leaf ("Gia vị", "tuong, nuoc mam, gia vi dang long khac",
 * "Condiments"), an old 1048 sector ("Thảo dược", "Souvenirs, furniture & decoration"), or a code
 * followed by its name ("I.4.a - Tương, nước mắm…"). Undefined when nothing matches.
 */
export function resolveCategory(text: string): CategoryResolution | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;

  const asCode = normaliseCategoryCode(trimmed);
  if (asCode !== undefined) return resolution(asCode, 'code');

  const key = categoryKey(trimmed).replace(LEADING_LABEL, '');
  const byName = BY_NAME.get(key);
  if (byName) return resolution(byName.code, 'name');
  const bySector = BY_SECTOR_1048.get(key);
  if (bySector !== undefined) return resolution(bySector, 'sector-1048');

  // "Nhóm I.4" or "I.4.a - Tương…": a code, then a label, name or punctuation.
  const labelled = /^(?:(?:phân nhóm|nhóm|ngành|group|category)\s*)?([IV]+(?:\s*[.-]\s*\d{1,2})?(?:\s*[.-]?\s*[a-z])?)(?=$|[\s:–—)(,-])/i.exec(
    trimmed,
  );
  const leadingCode = labelled?.[1] ? normaliseCategoryCode(labelled[1]) : undefined;
  return leadingCode === undefined ? undefined : resolution(leadingCode, 'code');
}
