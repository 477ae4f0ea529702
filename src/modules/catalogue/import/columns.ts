import type { SpreadsheetColumn } from '../../../server/spreadsheet/columns.ts';
import { parsePrice } from './parse-price.ts';
import { parseScore } from './parse-score.ts';
import { parseStars } from './parse-stars.ts';

/** The fields an official product list can carry, one column each. */
export type ColumnKey =
  | 'rowNo'
  | 'productName'
  | 'productNameEn'
  | 'producerName'
  | 'producerType'
  | 'address'
  | 'province'
  | 'commune'
  | 'district'
  | 'country'
  | 'region'
  | 'taxCode'
  | 'phone'
  | 'category'
  | 'stars'
  | 'score'
  | 'decisionNumber'
  | 'decisionDate'
  | 'issueDate'
  | 'expiryDate'
  | 'level'
  | 'legalBasis'
  | 'craftVillage'
  | 'price'
  | 'packaging'
  | 'description';

export type ColumnDefinition = SpreadsheetColumn<ColumnKey>;

const column = (
  key: ColumnKey,
  vi: string,
  en: string,
  required: boolean,
  aliases: readonly string[],
  more: Pick<ColumnDefinition, 'parse' | 'carriedBy'> = {},
): ColumnDefinition => ({ key, header: { vi, en }, required, aliases, ...more });

/** In template order. TEMPLATE.md describes the same columns for people. */
export const COLUMNS: readonly ColumnDefinition[] = [
  column('rowNo', 'STT', 'No.', false, ['TT', 'Số TT', 'Số thứ tự', 'No', 'Number', 'Order']),
  column('productName', 'Tên sản phẩm', 'Product name', true, [
    'Sản phẩm',
    'Tên SP',
    'Tên sản phẩm OCOP',
    'Tên sản phẩm (tiếng Việt)',
    'Product',
    'Product name (Vietnamese)',
    'Product name (vi)',
  ]),
  column('productNameEn', 'Tên sản phẩm (tiếng Anh)', 'Product name (English)', false, [
    'Tên tiếng Anh',
    'Tên sản phẩm tiếng Anh',
    'Tên SP tiếng Anh',
    'English name',
    'English product name',
    'Product name (en)',
  ]),
  column('producerName', 'Chủ thể', 'Producer', true, [
    'Tên chủ thể',
    'Chủ thể OCOP',
    'Chủ thể sản xuất',
    'Tên chủ thể sản xuất',
    'Chủ thể sản phẩm',
    'Cơ sở sản xuất',
    'Đơn vị sản xuất',
    'Tên cơ sở',
    'Tên doanh nghiệp',
    'Producer name',
    'Manufacturer',
    'Owner',
  ]),
  column('producerType', 'Loại hình chủ thể', 'Producer type', false, [
    'Loại hình',
    'Loại chủ thể',
    'Loại hình tổ chức',
    'Loại hình doanh nghiệp',
    'Type of producer',
    'Entity type',
    'Legal form',
  ]),
  column('address', 'Địa chỉ', 'Address', true, ['Địa chỉ chủ thể', 'Địa chỉ sản xuất', 'Địa chỉ trụ sở', 'Producer address']),
  column('province', 'Tỉnh/Thành phố', 'Province', false, ['Tỉnh', 'Thành phố', 'Tỉnh/TP', 'Province/City', 'City']),
  column('commune', 'Xã/Phường', 'Commune', false, [
    'Xã',
    'Phường',
    'Phường/Xã',
    'Xã/Phường/Thị trấn',
    'Đơn vị hành chính cấp xã',
    'Ward',
    'Commune/Ward',
  ]),
  column('district', 'Huyện', 'District', false, [
    'Quận/Huyện',
    'Huyện/Quận',
    'Quận/Huyện/Thị xã',
    'Huyện/Thị xã',
    'Quận',
    'Huyện (cũ)',
    'Quận/Huyện (cũ)',
    'Legacy district',
    'District (legacy)',
  ]),
  column('country', 'Quốc gia', 'Country', false, ['Nước']),
  column('region', 'Vùng', 'Region', false, ['Vùng miền', 'Vùng văn hóa', 'Cultural region']),
  column('taxCode', 'Mã số thuế', 'Tax code', false, ['MST', 'Mã số doanh nghiệp', 'Tax ID', 'Tax number']),
  column('phone', 'Điện thoại', 'Phone', false, ['Số điện thoại', 'SĐT', 'ĐT', 'Telephone', 'Phone number']),
  column('category', 'Phân nhóm', 'Category', true, [
    'Phân nhóm sản phẩm',
    'Nhóm sản phẩm',
    'Nhóm',
    'Nhóm/Phân nhóm',
    'Ngành',
    'Ngành hàng',
    'Ngành/Nhóm',
    'Mã phân nhóm',
    'Product category',
    'Category code',
    'Group',
    'Sector',
  ]),
  column('stars', 'Số sao', 'Stars', true, [
    'Hạng sao',
    'Xếp hạng',
    'Phân hạng',
    'Kết quả xếp hạng',
    'Kết quả phân hạng',
    'Hạng',
    'Star rating',
    'Star',
    'Rating',
  ], {
    parse: (cell) => {
      const reading = parseStars(cell);
      if (reading.kind === 'ok') return { ok: true, value: { stars: reading.stars, potentialFiveStar: reading.potentialFiveStar } };
      return { ok: false, code: reading.kind === 'out-of-range' ? 'stars_out_of_range' : 'bad_stars' };
    },
  }),
  column('score', 'Điểm', 'Score', false, ['Tổng điểm', 'Điểm đánh giá', 'Số điểm', 'Total score', 'Points'], {
    parse: (cell) => {
      const score = parseScore(cell);
      return score === undefined ? { ok: false, code: 'bad_score' } : { ok: true, value: score };
    },
  }),
  column('decisionNumber', 'Số quyết định', 'Decision number', true, [
    'Số QĐ',
    'Quyết định số',
    'QĐ số',
    'Quyết định',
    'Quyết định công nhận',
    'Số quyết định công nhận',
    // A combined "1234/QĐ-UBND ngày 15/3/2024" column; the date is read out of it.
    'Số, ngày quyết định',
    'Số/ngày quyết định',
    'Số và ngày quyết định',
    'Decision no',
    'Decision',
  ]),
  column('decisionDate', 'Ngày quyết định', 'Decision date', true, [
    'Ngày QĐ',
    'Ngày ban hành',
    'Ngày ký',
    'Ngày ký quyết định',
    'Ngày công nhận',
    'Date of decision',
  ], { carriedBy: 'decisionNumber' }),
  column('issueDate', 'Ngày cấp', 'Issue date', false, [
    'Ngày cấp giấy chứng nhận',
    'Ngày cấp chứng nhận',
    'Date of issue',
    'Issued on',
  ]),
  column('expiryDate', 'Ngày hết hạn', 'Expiry date', false, [
    'Hết hạn',
    'Hạn hiệu lực',
    'Hiệu lực đến',
    'Có hiệu lực đến',
    'Valid until',
    'Expires',
  ]),
  column('level', 'Cấp công nhận', 'Level', false, [
    'Cấp',
    'Cấp quyết định',
    'Cấp ra quyết định',
    'Cơ quan công nhận',
    'Recognition level',
    'Authority',
    'Recognised by',
  ]),
  column('legalBasis', 'Căn cứ', 'Legal basis', false, ['Căn cứ pháp lý', 'Bộ tiêu chí']),
  column('craftVillage', 'Làng nghề', 'Craft village', false, ['Tên làng nghề', 'Làng nghề truyền thống', 'Village']),
  column('price', 'Giá', 'Price', false, ['Giá bán', 'Giá bán lẻ', 'Giá (VNĐ)', 'Retail price', 'Price (VND)'], {
    parse: (cell) => {
      const price = parsePrice(cell);
      return price === undefined ? { ok: false, code: 'bad_price' } : { ok: true, value: price };
    },
  }),
  column('packaging', 'Quy cách đóng gói', 'Packaging', false, ['Quy cách', 'Bao bì', 'Đóng gói', 'Pack size']),
  column('description', 'Mô tả', 'Description', false, ['Mô tả sản phẩm', 'Giới thiệu sản phẩm', 'Product description']),
];

export function columnDefinition(key: ColumnKey): ColumnDefinition {
  const definition = COLUMNS.find((c) => c.key === key);
  if (!definition) throw new RangeError(`Unknown column ${key}`);
  return definition;
}
