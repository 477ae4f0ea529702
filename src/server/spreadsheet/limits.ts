import type { Localized } from '../../shared/localized.ts';

/** What one import may hold. Every limit is stated in the error that enforces it. */
export interface SpreadsheetLimits {
  /** Bytes of the uploaded file. */
  maxBytes: number;
  /** Data rows below the header (empty rows not counted). */
  maxRows: number;
  /** Inflated size of any one part of an .xlsx (its sheets and shared strings are zip entries). */
  maxInflatedBytes: number;
  /** Columns of a row. */
  maxColumns: number;
}

// A province's OCOP list is a few thousand rows; ten times that is still an honest file, and
// reading it stays within seconds and well within the process's memory.
export const DEFAULT_LIMITS: SpreadsheetLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxRows: 20_000,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxColumns: 500,
};

export type SpreadsheetLimitCode = 'file_too_large' | 'too_many_rows' | 'entry_too_large' | 'too_many_columns' | 'file_too_complex';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(bytes % 1024 ** 2 === 0 ? 0 : 1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** A file past one of the limits: refused as a whole (413), before it costs more to read. */
export class SpreadsheetLimitError extends Error {
  readonly code: SpreadsheetLimitCode;
  readonly localized: Localized;

  constructor(code: SpreadsheetLimitCode, localized: Localized) {
    super(localized.en);
    this.name = 'SpreadsheetLimitError';
    this.code = code;
    this.localized = localized;
  }

  static fileTooLarge(limit: number): SpreadsheetLimitError {
    return new SpreadsheetLimitError('file_too_large', {
      vi: `Tệp lớn hơn giới hạn ${formatBytes(limit)}. Hãy chia danh sách thành nhiều tệp.`,
      en: `The file is larger than the ${formatBytes(limit)} limit. Split the list into several files.`,
    });
  }

  static tooManyRows(limit: number): SpreadsheetLimitError {
    return new SpreadsheetLimitError('too_many_rows', {
      vi: `Tệp có hơn ${count(limit).replace(/,/g, '.')} dòng dữ liệu, vượt giới hạn một lần nhập. Hãy chia danh sách thành nhiều tệp.`,
      en: `The file has more than ${count(limit)} data rows, the limit of one import. Split the list into several files.`,
    });
  }

  static entryTooLarge(part: string, size: number, limit: number): SpreadsheetLimitError {
    return new SpreadsheetLimitError('entry_too_large', {
      vi: `Phần "${part}" của tệp Excel khi giải nén là ${formatBytes(size)}, vượt giới hạn ${formatBytes(limit)}; tệp không được đọc.`,
      en: `Part "${part}" of the Excel file inflates to ${formatBytes(size)}, past the ${formatBytes(limit)} limit; the file was not read.`,
    });
  }

  static tooManyColumns(limit: number): SpreadsheetLimitError {
    return new SpreadsheetLimitError('too_many_columns', {
      vi: `Tệp có hơn ${limit} cột.`,
      en: `The file has more than ${limit} columns.`,
    });
  }

  static tooComplex(): SpreadsheetLimitError {
    return new SpreadsheetLimitError('file_too_complex', {
      vi: 'Tệp quá phức tạp để đọc trong giới hạn bộ nhớ của một lần nhập. Hãy chia danh sách thành nhiều tệp.',
      en: 'The file is too complex to read within the memory of one import. Split the list into several files.',
    });
  }
}
