import { cellText, type CellValue } from '../../../server/spreadsheet/cell-value.ts';

/** Reads a score on the 100-point scale ("85", "85,5", "85 điểm", "85/100"); undefined otherwise. */
export function parseScore(value: CellValue): number | undefined {
  const score =
    typeof value === 'number'
      ? value
      : Number(
          /^(\d{1,3}(?:[.,]\d+)?)\s*(?:điểm|diem|points?|\/\s*100)?$/i.exec(cellText(value))?.[1]?.replace(',', '.') ??
            Number.NaN,
        );
  return Number.isFinite(score) && score >= 0 && score <= 100 ? score : undefined;
}
