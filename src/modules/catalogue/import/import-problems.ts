import { problemFactory, type MessageBuilder, type RowProblem } from '../../../server/spreadsheet/problems.ts';

/** Problems that keep a row (or the whole file) out of the import. */
export type ImportErrorCode =
  | 'missing_column'
  | 'no_rows'
  | 'missing_value'
  | 'unknown_category'
  | 'bad_stars'
  | 'stars_out_of_range'
  | 'bad_score'
  | 'bad_date'
  | 'future_date'
  | 'issue_before_decision'
  | 'expiry_before_issue'
  | 'unknown_level'
  | 'unknown_legal_basis'
  | 'unknown_producer_type'
  | 'unknown_country'
  | 'bad_tax_code'
  | 'bad_price'
  | 'duplicate_product';

/** Things an official should check; the row is still imported. */
export type ImportWarningCode =
  | 'category_defaulted'
  | 'category_guessed'
  | 'level_mismatch'
  | 'score_mismatch'
  | 'unknown_province'
  | 'unknown_region'
  | 'unknown_column'
  | 'duplicate_column'
  | 'skipped_row';

export type ImportProblem<Code extends string = ImportErrorCode> = RowProblem<Code>;

export type ImportWarning = ImportProblem<ImportWarningCode>;

type EngineCode = 'missing_column' | 'no_rows' | 'missing_value' | 'bad_date' | 'unknown_column' | 'duplicate_column' | 'skipped_row';

/** The catalogue's own messages; the engine words the generic ones (missing column, bad date…). */
export const MESSAGES: Readonly<Record<Exclude<ImportErrorCode | ImportWarningCode, EngineCode>, MessageBuilder>> = {
  unknown_category: (d) => ({
    vi: `Không nhận ra phân nhóm "${d.value}". Ghi mã (ví dụ I.4.a) hoặc tên phân nhóm theo Quyết định 148.`,
    en: `Unknown category "${d.value}". Write a code (e.g. I.4.a) or a Decision 148 category name.`,
  }),
  bad_stars: (d) => ({
    vi: `Không đọc được số sao "${d.value}". Ghi 3, 4 hoặc 5 (ví dụ "4 sao").`,
    en: `Cannot read star rating "${d.value}". Write 3, 4 or 5 (e.g. "4 stars").`,
  }),
  stars_out_of_range: (d) => ({
    vi: `Số sao "${d.value}" không hợp lệ: sản phẩm OCOP đạt từ 3 đến 5 sao.`,
    en: `Star rating "${d.value}" is not valid: OCOP products are rated 3 to 5 stars.`,
  }),
  bad_score: (d) => ({
    vi: `Điểm "${d.value}" không hợp lệ: điểm từ 0 đến 100.`,
    en: `Score "${d.value}" is not valid: scores run from 0 to 100.`,
  }),
  future_date: (d) => ({
    vi: `Ngày ${d.value} ở cột "${d.column}" nằm trong tương lai.`,
    en: `Date ${d.value} in column "${d.column}" is in the future.`,
  }),
  issue_before_decision: (d) => ({
    vi: `Ngày cấp ${d.value} sớm hơn ngày quyết định ${d.detail ?? ''}.`,
    en: `Issue date ${d.value} is before the decision date ${d.detail ?? ''}.`,
  }),
  expiry_before_issue: (d) => ({
    vi: `Ngày hết hạn ${d.value} không sau ngày cấp ${d.detail ?? ''}.`,
    en: `Expiry date ${d.value} is not after the issue date ${d.detail ?? ''}.`,
  }),
  unknown_level: (d) => ({
    vi: `Không nhận ra cấp công nhận "${d.value}". Ghi Huyện, Tỉnh/Thành phố hoặc Trung ương.`,
    en: `Unknown recognition level "${d.value}". Write district, province/city or central.`,
  }),
  unknown_legal_basis: (d) => ({
    vi: `Không nhận ra căn cứ "${d.value}". Ghi 1048, 148 hoặc 1489.`,
    en: `Unknown legal basis "${d.value}". Write 1048, 148 or 1489.`,
  }),
  unknown_producer_type: (d) => ({
    vi: `Không nhận ra loại hình chủ thể "${d.value}". Ghi Doanh nghiệp, HTX, Tổ hợp tác, Hộ kinh doanh hoặc Doanh nghiệp nước ngoài.`,
    en: `Unknown producer type "${d.value}". Write enterprise, cooperative, cooperative group, household or foreign enterprise.`,
  }),
  unknown_country: (d) => ({ vi: `Không nhận ra quốc gia "${d.value}".`, en: `Unknown country "${d.value}".` }),
  bad_tax_code: (d) => ({
    vi: `Mã số thuế "${d.value}" không hợp lệ: cần 10 chữ số (hoặc 10 số-3 số, hoặc 12 số).`,
    en: `Tax code "${d.value}" is not valid: expected 10 digits (or 10-3 digits, or 12 digits).`,
  }),
  bad_price: (d) => ({
    vi: `Không đọc được giá "${d.value}". Ghi số tiền (VNĐ), ví dụ 150.000 hoặc 120.000 - 180.000.`,
    en: `Cannot read price "${d.value}". Write an amount in VND, e.g. 150.000 or 120.000 - 180.000.`,
  }),
  duplicate_product: (d) => ({
    vi: `Sản phẩm "${d.value}" của chủ thể này đã có ở dòng ${d.detail ?? '?'}.`,
    en: `Product "${d.value}" of this producer already appears on row ${d.detail ?? '?'}.`,
  }),
  category_defaulted: (d) => ({
    vi: `"${d.value}" gồm nhiều phân nhóm; tạm xếp vào ${d.detail ?? ''}. Hãy kiểm tra lại.`,
    en: `"${d.value}" covers several categories; filed under ${d.detail ?? ''} for now. Please check.`,
  }),
  category_guessed: (d) => ({
    vi: `"${d.value}" gồm nhiều phân nhóm; xếp vào ${d.detail ?? ''} theo tên sản phẩm. Hãy kiểm tra lại.`,
    en: `"${d.value}" covers several categories; filed under ${d.detail ?? ''} from the product name. Please check.`,
  }),
  level_mismatch: (d) => ({
    vi: `Cấp công nhận "${d.value}" khác với quy định cho số sao và căn cứ này (${d.detail ?? ''}).`,
    en: `Recognition level "${d.value}" differs from the rule for these stars and legal basis (${d.detail ?? ''}).`,
  }),
  score_mismatch: (d) => ({
    vi: `Điểm ${d.value} không khớp với số sao (${d.detail ?? ''}).`,
    en: `Score ${d.value} does not match the star rating (${d.detail ?? ''}).`,
  }),
  unknown_province: (d) => ({
    vi: `Không nhận ra tỉnh/thành phố "${d.value}"; giữ nguyên như đã ghi.`,
    en: `Unknown province "${d.value}"; kept as written.`,
  }),
  unknown_region: (d) => ({
    vi: `Không nhận ra vùng "${d.value}"; dùng vùng của tỉnh/thành phố.`,
    en: `Unknown region "${d.value}"; the province's region is used.`,
  }),
};

const build = problemFactory(MESSAGES);

export function problem<Code extends ImportErrorCode | ImportWarningCode>(
  code: Code,
  row: number,
  column: string,
  value?: string,
  detail?: string,
): ImportProblem<Code> {
  return build(code, row, column, value, detail);
}
