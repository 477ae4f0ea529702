import { describe, expect, it } from 'vitest';
import {
  CATEGORY_GROUPS,
  LEAF_CATEGORIES,
  categoryIncludes,
  categoryLevel,
  defaultLeafFor,
  findCategory,
  isLeafCategory,
  leafCodesUnder,
  normaliseCategoryCode,
  resolveCategory,
} from './categories.ts';
import { SECTORS_1048 } from './sectors-1048.ts';

describe('the Decision 148 classification', () => {
  it('has six groups and 26 leaf categories, each with Vietnamese and English names', () => {
    expect(CATEGORY_GROUPS.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(LEAF_CATEGORIES).toHaveLength(26);
    for (const leaf of LEAF_CATEGORIES) {
      expect(leaf.name.vi).not.toBe('');
      expect(leaf.name.en).not.toBe('');
      expect(leaf.code.startsWith(`${leaf.groupCode}.`)).toBe(true);
    }
  });

  it('finds categories at every level', () => {
    expect(findCategory('I')).toMatchObject({ level: 1, isLeaf: false, parentCode: null, name: { en: 'Food' } });
    expect(findCategory('I.4')).toMatchObject({ level: 2, isLeaf: false, parentCode: 'I' });
    expect(findCategory('I.4.a')).toMatchObject({ level: 3, isLeaf: true, parentCode: 'I.4', groupCode: 'I' });
    expect(findCategory('I.7')).toBeUndefined();
    expect(findCategory('VII')).toBeUndefined();
  });

  it('treats a subgroup without phân nhóm as its own leaf', () => {
    expect(findCategory('IV.1')).toMatchObject({ level: 2, isLeaf: true, parentCode: 'IV' });
    expect(isLeafCategory('IV.1')).toBe(true);
    expect(isLeafCategory('I.6')).toBe(true);
    expect(isLeafCategory('I.4')).toBe(false);
    expect(isLeafCategory('I')).toBe(false);
    expect(isLeafCategory('nonsense')).toBe(false);
  });

  it('reports the level of a code', () => {
    expect(categoryLevel('II')).toBe(1);
    expect(categoryLevel('II.1')).toBe(2);
    expect(categoryLevel('II.1.a')).toBe(3);
    expect(categoryLevel('V.3')).toBe(2);
    expect(categoryLevel('X')).toBeUndefined();
  });

  it('normalises codes typed loosely', () => {
    expect(normaliseCategoryCode(' i . 4 . A ')).toBe('I.4.a');
    expect(normaliseCategoryCode('I.4a')).toBe('I.4.a');
    expect(normaliseCategoryCode('ii-1-b')).toBe('II.1.b');
    expect(normaliseCategoryCode('iv.1.')).toBe('IV.1');
    expect(normaliseCategoryCode('I.9.a')).toBeUndefined();
    expect(normaliseCategoryCode('Ia')).toBeUndefined();
  });
});

describe('categoryIncludes (filtering at any level)', () => {
  it('takes in descendants and the code itself', () => {
    expect(categoryIncludes('I', 'I.4.a')).toBe(true);
    expect(categoryIncludes('I.4', 'I.4.a')).toBe(true);
    expect(categoryIncludes('I.4.a', 'I.4.a')).toBe(true);
    expect(categoryIncludes('IV.1', 'IV.1')).toBe(true);
    expect(categoryIncludes('IV', 'IV.1')).toBe(true);
  });

  it('does not confuse groups that share a prefix', () => {
    expect(categoryIncludes('I', 'II.1.a')).toBe(false);
    expect(categoryIncludes('I', 'III.1')).toBe(false);
    expect(categoryIncludes('I.4.a', 'I.4')).toBe(false);
    expect(categoryIncludes('I.1', 'I.4.a')).toBe(false);
  });

  it('accepts loosely typed codes and rejects unknown ones', () => {
    expect(categoryIncludes('i', 'i.4.A')).toBe(true);
    expect(categoryIncludes('VII', 'I.4.a')).toBe(false);
  });

  it('lists the leaves under a code', () => {
    expect(leafCodesUnder('I.4')).toEqual(['I.4.a', 'I.4.b']);
    expect(leafCodesUnder('IV')).toEqual(['IV.1', 'IV.2']);
    expect(leafCodesUnder('VI')).toEqual(['VI.1']);
    expect(leafCodesUnder('I')).toHaveLength(13);
  });
});

describe('defaultLeafFor', () => {
  it('is the code itself for a leaf and a documented default for a group or subgroup', () => {
    expect(defaultLeafFor('I.4.a')).toBe('I.4.a');
    expect(defaultLeafFor('I.4')).toBe('I.4.b');
    expect(defaultLeafFor('I')).toBe('I.3.d');
    expect(defaultLeafFor('VI')).toBe('VI.1');
  });

  it('exists for every node and always is a leaf under it', () => {
    for (const group of CATEGORY_GROUPS) {
      for (const code of [group.code, ...group.subgroups.map((s) => s.code)]) {
        const leaf = defaultLeafFor(code);
        expect(leaf, code).toBeDefined();
        expect(isLeafCategory(leaf ?? ''), code).toBe(true);
        expect(categoryIncludes(code, leaf ?? ''), code).toBe(true);
      }
    }
  });
});

describe('resolveCategory', () => {
  it('reads official codes', () => {
    expect(resolveCategory('I.4.a')).toEqual({ code: 'I.4.a', leafCode: 'I.4.a', defaulted: false, matchedBy: 'code' });
    expect(resolveCategory(' iv.1 ')).toEqual({ code: 'IV.1', leafCode: 'IV.1', defaulted: false, matchedBy: 'code' });
  });

  it('reads leaf names in Vietnamese or English, ignoring accents, case and punctuation', () => {
    expect(resolveCategory('Tương, nước mắm, gia vị dạng lỏng khác')?.leafCode).toBe('I.4.a');
    expect(resolveCategory('tuong nuoc mam gia vi dang long khac')?.leafCode).toBe('I.4.a');
    expect(resolveCategory('SOY SAUCE, FISH SAUCE, OTHER LIQUID CONDIMENTS')?.leafCode).toBe('I.4.a');
    expect(resolveCategory('Hoa')).toEqual({ code: 'V.1', leafCode: 'V.1', defaulted: false, matchedBy: 'name' });
    expect(resolveCategory('Vải, may mặc')?.leafCode).toBe('IV.2');
    expect(resolveCategory('Textiles & garments')?.leafCode).toBe('IV.2');
  });

  it('resolves a subgroup or group name to a default leaf and says so', () => {
    expect(resolveCategory('Gia vị')).toEqual({ code: 'I.4', leafCode: 'I.4.b', defaulted: true, matchedBy: 'name' });
    expect(resolveCategory('Condiments')).toEqual({ code: 'I.4', leafCode: 'I.4.b', defaulted: true, matchedBy: 'name' });
    expect(resolveCategory('Sản phẩm thực phẩm')).toMatchObject({ code: 'I', leafCode: 'I.3.d', defaulted: true });
    expect(resolveCategory('I')).toMatchObject({ code: 'I', leafCode: 'I.3.d', defaulted: true, matchedBy: 'code' });
  });

  it('prefers the leaf when a subgroup and its leaf share a name', () => {
    expect(resolveCategory('Đồ uống không cồn')).toMatchObject({ code: 'II.2.b', defaulted: false });
    expect(resolveCategory('Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch')).toMatchObject({
      code: 'VI.1',
      defaulted: false,
    });
    expect(resolveCategory('Cà phê, ca cao')).toMatchObject({ code: 'I.6', defaulted: false });
  });

  it('maps every 1048 sector in Vietnamese and English', () => {
    const cases: [string, string, string, boolean][] = [
      ['Thực phẩm', 'I', 'I.3.d', true],
      ['food', 'I', 'I.3.d', true],
      ['Đồ uống', 'II', 'II.2.b', true],
      ['Beverages', 'II', 'II.2.b', true],
      ['Thảo dược', 'III', 'III.3', true],
      ['herbs', 'III', 'III.3', true],
      ['Vải và may mặc', 'IV.2', 'IV.2', false],
      ['Textiles and garments', 'IV.2', 'IV.2', false],
      ['Lưu niệm - nội thất - trang trí', 'IV.1', 'IV.1', false],
      ['luu niem, noi that, trang tri', 'IV.1', 'IV.1', false],
      ['Souvenirs, furniture & decoration', 'IV.1', 'IV.1', false],
      ['Dịch vụ du lịch nông thôn và điểm bán', 'VI.1', 'VI.1', false],
      ['Dịch vụ du lịch nông thôn, bán hàng', 'VI.1', 'VI.1', false],
      ['Rural tourism services & sales', 'VI.1', 'VI.1', false],
    ];
    for (const [text, code, leafCode, defaulted] of cases) {
      expect(resolveCategory(text), text).toMatchObject({ code, leafCode, defaulted });
    }
    expect(resolveCategory('Thảo dược')?.matchedBy).toBe('sector-1048');
  });

  it('resolves every declared 1048 alias', () => {
    for (const sector of SECTORS_1048) {
      for (const alias of sector.aliases) expect(resolveCategory(alias)?.code, alias).toBe(sector.mapsTo);
    }
  });

  it('reads labelled codes and a code followed by its name', () => {
    expect(resolveCategory('Nhóm I.4')?.code).toBe('I.4');
    expect(resolveCategory('Phân nhóm: Gia vị')?.code).toBe('I.4');
    expect(resolveCategory('Ngành Thực phẩm')?.code).toBe('I');
    expect(resolveCategory('I.4.a - Tương, nước mắm, gia vị dạng lỏng khác')?.leafCode).toBe('I.4.a');
    expect(resolveCategory('II.1.a Rượu trắng')?.leafCode).toBe('II.1.a');
    expect(resolveCategory('IV.1 (Thủ công mỹ nghệ)')?.leafCode).toBe('IV.1');
  });

  it('returns undefined for text it does not know', () => {
    expect(resolveCategory('')).toBeUndefined();
    expect(resolveCategory('Đồ điện tử')).toBeUndefined();
    expect(resolveCategory('Vịt cỏ Vân Đình')).toBeUndefined();
    expect(resolveCategory('VII.1')).toBeUndefined();
  });
});
