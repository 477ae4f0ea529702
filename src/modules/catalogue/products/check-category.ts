import { badRequest } from '../../../server/http/app-error.ts';
import { isLeafCategory } from '../domain/categories.ts';

/** Products are filed under a leaf of the official classification, never a group. */
export function checkLeafCategory(code: string): void {
  if (!isLeafCategory(code)) {
    throw badRequest('unknown_category', {
      vi: `Phân nhóm "${code}" không có trong bảng phân loại OCOP (cần mã phân nhóm cuối, ví dụ I.4.a)`,
      en: `"${code}" is not a leaf of the OCOP classification (e.g. I.4.a)`,
    });
  }
}

export function checkPriceRange(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && min > max) {
    throw badRequest('bad_price_range', { vi: 'Giá thấp nhất lớn hơn giá cao nhất', en: 'The minimum price is above the maximum' });
  }
}
