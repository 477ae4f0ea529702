import { textKey } from '../../../shared/text/text-key.ts';
import { categoryIncludes } from './categories.ts';

/**
 * Words in a product's name that point to one leaf, for rows whose category names only a group
 * (typically a 1048 sector such as "Thực phẩm"). A guess is still a guess: the import reports it
 * as a warning. Longer phrases come first so "chè lam" (a rice sweet) wins over "chè" (tea).
 */
const KEYWORDS: readonly (readonly [phrase: string, leafCode: string])[] = [
  // I Food
  ['che lam', 'I.3.b'],
  ['che kho', 'I.3.b'],
  ['nuoc mam', 'I.4.a'],
  ['nuoc tuong', 'I.4.a'],
  ['tuong', 'I.4.a'],
  ['giam', 'I.4.a'],
  ['hat nem', 'I.4.b'],
  ['muoi', 'I.4.b'],
  ['tieu', 'I.4.b'],
  ['ot', 'I.4.b'],
  ['gia vi', 'I.4.b'],
  ['ca phe', 'I.6'],
  ['ca cao', 'I.6'],
  ['cacao', 'I.6'],
  ['tra hoa', 'I.5.b'],
  ['tra gung', 'I.5.b'],
  ['atiso', 'I.5.b'],
  ['tra', 'I.5.a'],
  ['che', 'I.5.a'],
  ['mat ong', 'I.2.b'],
  ['gao', 'I.2.a'],
  ['banh', 'I.3.b'],
  ['com', 'I.3.b'],
  ['xoi', 'I.3.b'],
  ['mien', 'I.3.b'],
  ['bun', 'I.3.b'],
  ['pho', 'I.3.b'],
  ['keo', 'I.3.c'],
  ['o mai', 'I.3.c'],
  ['mut', 'I.3.c'],
  ['say', 'I.3.c'],
  ['gio', 'I.3.d'],
  ['cha', 'I.3.d'],
  ['nem', 'I.3.d'],
  ['ruoc', 'I.3.d'],
  ['lap xuong', 'I.3.d'],
  ['sua chua', 'I.3.d'],
  ['ga', 'I.1.b'],
  ['vit', 'I.1.b'],
  ['ca', 'I.1.b'],
  ['trung', 'I.1.b'],
  ['sua', 'I.1.b'],
  ['thit', 'I.1.b'],
  ['buoi', 'I.1.a'],
  ['cam', 'I.1.a'],
  ['nhan', 'I.1.a'],
  ['vai', 'I.1.a'],
  ['chuoi', 'I.1.a'],
  ['rau', 'I.1.a'],
  // II Beverages
  ['ruou vang', 'II.1.b'],
  ['ruou', 'II.1.a'],
  ['bia', 'II.1.b'],
  ['nuoc khoang', 'II.2.a'],
  ['nuoc uong dong chai', 'II.2.a'],
  ['nuoc tinh khiet', 'II.2.a'],
  // III Herbs
  ['tinh dau', 'III.3'],
  ['my pham', 'III.2'],
  ['dau goi', 'III.2'],
  ['sua tam', 'III.2'],
  ['xa phong', 'III.2'],
  ['kem', 'III.2'],
  ['thuoc', 'III.1'],
  ['cao', 'III.1'],
  ['vien', 'III.1'],
];

/**
 * The leaf under `withinCode` that a word in the product name points to, or undefined.
 * Only leaves inside `withinCode` count, so "Rượu" never moves a food row into beverages.
 */
export function guessLeafFromProductName(productName: string, withinCode: string): string | undefined {
  const words = ` ${textKey(productName)} `;
  for (const [phrase, leafCode] of KEYWORDS) {
    if (words.includes(` ${phrase} `) && categoryIncludes(withinCode, leafCode)) return leafCode;
  }
  return undefined;
}
