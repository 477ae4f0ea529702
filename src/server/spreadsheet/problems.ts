import type { Localized } from '../../shared/localized.ts';

/** One entry of the row-by-row report: where (row, column as written), what (code) and why. */
export interface RowProblem<Code extends string = string> {
  /** Spreadsheet row number as the user sees it (the header row for file-level problems; 0 for the file). */
  row: number;
  /** The column's header as written in the file (the template header when the column is absent). */
  column: string;
  code: Code;
  message: Localized;
  /** The cell as written, when there is one. */
  value?: string;
}

export interface MessageDetails {
  column: string;
  value: string;
  /** Code-specific extra: the first duplicate row, the allowed range… */
  detail?: string;
}

export type MessageBuilder = (d: MessageDetails) => Localized;

/** Messages of the problems every import can have; an import adds its own codes. */
export const ENGINE_MESSAGES = {
  missing_column: (d) => ({
    vi: `Thiếu cột bắt buộc "${d.column}".`,
    en: `Required column "${d.detail ?? d.column}" is missing.`,
  }),
  no_rows: () => ({ vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', en: 'The file has no data rows below the header.' }),
  missing_value: (d) => ({ vi: `Thiếu giá trị ở cột "${d.column}".`, en: `No value in column "${d.column}".` }),
  unknown_column: (d) => ({
    vi: `Cột "${d.column}" không được nhận diện và sẽ bị bỏ qua.`,
    en: `Column "${d.column}" is not recognised and will be ignored.`,
  }),
  duplicate_column: (d) => ({
    vi: `Cột "${d.column}" trùng với cột "${d.detail ?? ''}" đã có; chỉ dùng cột đầu tiên.`,
    en: `Column "${d.column}" repeats column "${d.detail ?? ''}"; only the first is used.`,
  }),
  skipped_row: (d) => ({
    vi: `Dòng chỉ có một giá trị ("${d.value}"), được coi là dòng tiêu đề nhóm hoặc dòng tổng và bỏ qua.`,
    en: `Row holds a single value ("${d.value}"); read as a section or total line and skipped.`,
  }),
  duplicate_row: (d) => ({
    vi: `"${d.value}" đã có ở dòng ${d.detail ?? '?'}.`,
    en: `"${d.value}" already appears on row ${d.detail ?? '?'}.`,
  }),
  too_long: (d) => ({
    vi: `Giá trị ở cột "${d.column}" dài quá ${d.detail ?? ''} ký tự.`,
    en: `The value in column "${d.column}" is longer than ${d.detail ?? ''} characters.`,
  }),
  bad_number: (d) => ({ vi: `"${d.value}" ở cột "${d.column}" không phải là số.`, en: `"${d.value}" in column "${d.column}" is not a number.` }),
  number_out_of_range: (d) => ({
    vi: `${d.value} ở cột "${d.column}" nằm ngoài khoảng ${d.detail ?? ''}.`,
    en: `${d.value} in column "${d.column}" is outside ${d.detail ?? ''}.`,
  }),
  bad_date: (d) => ({
    vi: `Ngày "${d.value}" không hợp lệ. Ghi theo dạng ngày/tháng/năm (từ năm 1900 đến 2200), ví dụ 15/03/2024.`,
    en: `Date "${d.value}" is not valid. Write day/month/year (years 1900 to 2200), e.g. 15/03/2024.`,
  }),
  not_in_list: (d) => ({
    vi: `Không nhận ra "${d.value}" ở cột "${d.column}". Giá trị hợp lệ: ${d.detail ?? ''}.`,
    en: `"${d.value}" in column "${d.column}" is not recognised. Valid values: ${d.detail ?? ''}.`,
  }),
} satisfies Record<string, MessageBuilder>;

export type EngineProblemCode = keyof typeof ENGINE_MESSAGES;

/** Builds report entries from one table of messages (the engine's and an import's own). */
export function problemFactory(messages: Readonly<Record<string, MessageBuilder>>) {
  return function problem<Code extends string>(code: Code, row: number, column: string, value?: string, detail?: string): RowProblem<Code> {
    const build = messages[code] ?? ENGINE_MESSAGES[code as EngineProblemCode];
    if (!build) throw new RangeError(`No message for spreadsheet problem ${code}`);
    const message = build({ column, value: value ?? '', detail });
    return value === undefined ? { row, column, code, message } : { row, column, code, message, value };
  };
}
