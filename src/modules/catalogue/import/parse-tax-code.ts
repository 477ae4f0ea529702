import { cellText, type CellValue } from './cell-value.ts';

/**
 * Reads a Vietnamese tax code: 10 digits, 10 digits + "-" + 3 for a branch, or the 12-digit
 * citizen ID that household businesses use as their tax code since 2025. Spaces and dots are
 * dropped. A 9-digit number is the 10-digit code of a Hanoi business ("01…") whose leading zero
 * Excel removed by storing it as a number.
 */
export function parseTaxCode(value: CellValue): string | undefined {
  let text = cellText(value).replace(/[\s.]/g, '');
  if (typeof value === 'number' && /^\d{9}$/.test(text)) text = `0${text}`;
  return /^(?:\d{10}(?:-\d{3})?|\d{12})$/.test(text) ? text : undefined;
}
