import type { Localized } from '../../../shared/localized.ts';

/**
 * The six sectors ("ngành") of Decision 1048/QĐ-TTg (2019), used by lists rated 2019–2022, and
 * the Decision 148 code each one maps onto.
 *
 * Three sectors map onto a single current category and resolve exactly. Food, beverages and herbs
 * map onto a whole group with several leaves; they resolve to that group, whose default leaf (see
 * `DEFAULT_LEAF` in categories.ts) is only a placeholder the import flags for review.
 */
export type Sector1048Code =
  | 'food'
  | 'beverages'
  | 'herbs'
  | 'textiles-garments'
  | 'souvenirs-furniture-decoration'
  | 'rural-tourism-sales';

export interface Sector1048 {
  code: Sector1048Code;
  name: Localized;
  /** Current (Decision 148) group or leaf code. */
  mapsTo: string;
  /** Spellings seen in lists, matched accent-, case- and punctuation-insensitively. */
  aliases: readonly string[];
}

export const SECTORS_1048: readonly Sector1048[] = [
  {
    code: 'food',
    name: { vi: 'Thực phẩm', en: 'Food' },
    mapsTo: 'I',
    aliases: ['Thực phẩm', 'Food', 'Foods', 'Food products', 'Foodstuffs'],
  },
  {
    code: 'beverages',
    name: { vi: 'Đồ uống', en: 'Beverages' },
    mapsTo: 'II',
    aliases: ['Đồ uống', 'Beverages', 'Beverage', 'Drinks'],
  },
  {
    code: 'herbs',
    name: { vi: 'Thảo dược', en: 'Herbs' },
    mapsTo: 'III',
    aliases: ['Thảo dược', 'Sản phẩm thảo dược', 'Herbs', 'Herbal products', 'Herbal', 'Medicinal herbs'],
  },
  {
    code: 'textiles-garments',
    name: { vi: 'Vải và may mặc', en: 'Textiles and garments' },
    mapsTo: 'IV.2',
    aliases: ['Vải và may mặc', 'Vải may mặc', 'May mặc', 'Textiles and garments', 'Textiles', 'Garments', 'Fabrics and garments'],
  },
  {
    code: 'souvenirs-furniture-decoration',
    name: { vi: 'Lưu niệm - nội thất - trang trí', en: 'Souvenirs, furniture and decoration' },
    mapsTo: 'IV.1',
    aliases: [
      'Lưu niệm - nội thất - trang trí',
      'Lưu niệm, nội thất, trang trí',
      'Đồ lưu niệm, nội thất, trang trí',
      'Lưu niệm nội thất trang trí',
      'Souvenirs - furniture - decoration',
      'Souvenirs, furniture and decoration',
      'Souvenirs furniture decoration',
      'Souvenir, interior, decoration',
      'Souvenirs, interior and decoration',
    ],
  },
  {
    code: 'rural-tourism-sales',
    name: { vi: 'Dịch vụ du lịch nông thôn và điểm bán', en: 'Rural tourism services and sales' },
    mapsTo: 'VI.1',
    aliases: [
      'Dịch vụ du lịch nông thôn và điểm bán',
      'Dịch vụ du lịch nông thôn, bán hàng',
      'Dịch vụ du lịch nông thôn và bán hàng',
      'Dịch vụ du lịch nông thôn',
      'Du lịch nông thôn',
      'Rural tourism services and sales',
      'Rural tourism services and points of sale',
      'Rural tourism services',
      'Rural tourism',
    ],
  },
];
