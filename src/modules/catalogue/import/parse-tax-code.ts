import { cellText, type CellValue } from '../../../server/spreadsheet/cell-value.ts';

/**
 * Reads a Vietnamese tax code: 10 digits, 10 digits + "-" + 3 for a branch, or the 12-digit
 * citizen ID that household businesses use as their tax code since 2025. Spaces and dots are
 * dropped. Nine digits are a 10-digit code ("01…" in Hanoi) whose leading zero Excel dropped by
 * storing it as a number, in the workbook or in a CSV exported from it; no real code has nine.
 */
export function parseTaxCode(value: CellValue): string | undefined {
  let text = cellText(value).replace(/[\s.]/g, '');
  if (/^\d{9}$/.test(text)) text = `0${text}`;
  return /^(?:\d{10}(?:-\d{3})?|\d{12})$/.test(text) ? text : undefined;
}
