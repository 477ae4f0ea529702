import type { Localized } from '../../shared/localized.ts';

export type SpreadsheetErrorCode = 'unsupported_format' | 'unreadable' | 'empty';

/** A file the engine cannot read at all, with a message for the uploader. */
export class SpreadsheetReadError extends Error {
  readonly code: SpreadsheetErrorCode;
  readonly localized: Localized;

  constructor(code: SpreadsheetErrorCode, localized: Localized, options?: { cause?: unknown }) {
    super(localized.en, options);
    this.name = 'SpreadsheetReadError';
    this.code = code;
    this.localized = localized;
  }
}

export const unreadableXlsx = (cause?: unknown) =>
  new SpreadsheetReadError(
    'unreadable',
    { vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.', en: 'Cannot read the Excel file: it is damaged or not .xlsx.' },
    { cause },
  );
