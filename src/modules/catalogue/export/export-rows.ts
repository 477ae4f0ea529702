import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { ProductListQuery } from '../contract.ts';
import { authorityLevelLabel } from '../domain/authority-levels.ts';
import { CERTIFICATE_STATUSES } from '../domain/certificate-status.ts';
import { countryName } from '../domain/countries.ts';
import { culturalRegionName } from '../domain/cultural-regions.ts';
import { producerTypeLabel } from '../domain/producer-types.ts';
import { productQueryParts, searchTerms } from '../products/product-filters.ts';

/**
 * The export has the import template's columns and spellings, so an exported list can be edited
 * and imported back; two more columns (public code, status today) are for reading only.
 */
export const EXPORT_HEADERS = [
  'STT', 'Tên sản phẩm', 'Tên sản phẩm (tiếng Anh)', 'Chủ thể', 'Loại hình chủ thể', 'Địa chỉ', 'Tỉnh/Thành phố',
  'Xã/Phường', 'Huyện', 'Quốc gia', 'Vùng', 'Mã số thuế', 'Phân nhóm', 'Số sao', 'Điểm', 'Số quyết định',
  'Ngày quyết định', 'Ngày cấp', 'Ngày hết hạn', 'Cấp công nhận', 'Căn cứ', 'Làng nghề', 'Giá', 'Quy cách đóng gói',
  'Mô tả', 'Mã sản phẩm', 'Trạng thái',
] as const;

const ddMMyyyy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

interface ExportRow {
  code: string; name_vi: string; name_en: string; category_code: string; description_vi: string; packaging_vi: string;
  price_min_vnd: string | null; price_max_vnd: string | null; status: keyof typeof CERTIFICATE_STATUSES | 'none';
  producer_name: string; producer_type: Parameters<typeof producerTypeLabel>[0]; address: string; province: string;
  commune: string | null; legacy_district: string | null; country: string; region: Parameters<typeof culturalRegionName>[0] | null;
  tax_code: string | null; village: string | null;
  stars: number | null; potential_five_star: boolean | null; score: number | null; decision_number: string | null;
  decision_date: string | null; issue_date: string | null; expiry_date: string | null;
  authority_level: Parameters<typeof authorityLevelLabel>[0] | null; legal_basis: string | null;
}

/** The filtered catalogue as rows of cells (strings and numbers), one per product with its current certificate. */
export async function exportRows(db: Queryable, query: ProductListQuery, today: string): Promise<(string | number)[][]> {
  // The list's words as resolved for its first page; the export is of what the list shows.
  const { where } = productQueryParts(query, today, await searchTerms(db, query));
  const result = await rows<ExportRow>(db, sql`
    SELECT p.code, p.name_vi, p.name_en, p.category_code, p.description_vi, p.packaging_vi, p.price_min_vnd, p.price_max_vnd,
      ocop_certificate_status(p.expiry_date, p.revoked, ${today}::date) AS status,
      pr.name AS producer_name, pr.type AS producer_type, pr.address, pr.province, pr.commune, pr.legacy_district, pr.country,
      pr.region, pr.tax_code, v.name_vi AS village,
      c.stars, c.potential_five_star, c.score::float8 AS score, c.decision_number, c.decision_date::text AS decision_date,
      c.issue_date::text AS issue_date, c.expiry_date::text AS expiry_date, c.authority_level, c.legal_basis
    FROM products p JOIN producers pr ON pr.id = p.producer_id
      LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
      LEFT JOIN certificates c ON c.id = p.current_certificate_id
    WHERE ${where} ORDER BY pr.name, p.name_vi, p.id`);
  return result.map((r, index) => [
    index + 1, r.name_vi, r.name_en, r.producer_name, producerTypeLabel(r.producer_type).vi, r.address, r.province,
    r.commune ?? '', r.legacy_district ?? '', countryName(r.country)?.vi ?? r.country, r.region ? culturalRegionName(r.region).vi : '',
    r.tax_code ?? '', r.category_code,
    r.stars === null ? '' : r.potential_five_star ? '5 sao tiềm năng' : r.stars,
    r.score ?? '', r.decision_number ?? '', ddMMyyyy(r.decision_date), ddMMyyyy(r.issue_date), ddMMyyyy(r.expiry_date),
    r.authority_level ? authorityLevelLabel(r.authority_level).vi : '', r.legal_basis ?? '', r.village ?? '',
    r.price_min_vnd === null ? '' : r.price_min_vnd === r.price_max_vnd || r.price_max_vnd === null ? Number(r.price_min_vnd) : `${r.price_min_vnd} - ${r.price_max_vnd}`,
    r.packaging_vi, r.description_vi, r.code, r.status === 'none' ? 'Chưa xếp hạng' : CERTIFICATE_STATUSES[r.status].label.vi,
  ]);
}
