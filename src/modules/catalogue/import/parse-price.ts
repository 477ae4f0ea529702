import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { cellText, type CellValue } from '../../../server/spreadsheet/cell-value.ts';

export interface PriceRange {
  minVnd: number;
  maxVnd: number;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1_000,
  nghin: 1_000,
  ngan: 1_000,
  tr: 1_000_000,
  trieu: 1_000_000,
  m: 1_000_000,
};

// One amount: "150.000", "150,000", "150 000", "150k", "1,5 triệu", "1.5tr".
function parseAmount(text: string, fallbackUnit: string | undefined): number | undefined {
  const m = /^(\d[\d.,\s]*?)\s*(k|nghin|ngan|trieu|tr|m)?$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  const digits = m[1].replace(/\s+/g, '');
  const unit = m[2] ?? fallbackUnit;
  let amount: number;
  if (unit !== undefined) {
    // With a unit the separator is a decimal mark ("1,5 triệu") unless it groups thousands.
    amount = /^\d{1,3}(?:[.,]\d{3})+$/.test(digits) ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
    amount *= MULTIPLIERS[unit] ?? 1;
  } else {
    // VND has no minor unit: "." "," and spaces only group thousands.
    if (!/^\d{1,3}(?:[.,]?\d{3})*$/.test(digits)) return undefined;
    amount = Number(digits.replace(/[.,]/g, ''));
  }
  return Number.isFinite(amount) && amount > 0 ? Math.round(amount) : undefined;
}

/**
 * Reads a retail price in VND: a number, "150.000", "150.000 đ", "150,000 VND", "150k",
 * "1,2 triệu", or a range "120.000 - 180.000đ" / "120-180k" / "từ 120.000 đến 180.000".
 * A unit after "/" ("đ/hộp", "/kg") is dropped. Undefined when unreadable.
 */
export function parsePrice(value: CellValue): PriceRange | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value > 0 ? { minVnd: Math.round(value), maxVnd: Math.round(value) } : undefined;
  }
  const text = foldVietnamese(cellText(value))
    .replace(/\/.*$/, '')
    .replace(/(\d)\s*(?:vnd|dong|d)\b/g, '$1 ')
    .replace(/\b(?:vnd|dong)\b/g, ' ')
    .replace(/^(?:tu|gia)\s+/, '')
    .trim();
  if (text === '') return undefined;
  const parts = text.split(/\s*(?:-|–|—|~|\bden\b|\bto\b)\s*/);
  if (parts.length > 2) return undefined;
  const [low = '', high] = parts;
  const highUnit = high === undefined ? undefined : /(k|nghin|ngan|trieu|tr|m)$/.exec(high.trim())?.[1];
  const min = parseAmount(low, highUnit);
  const max = high === undefined ? min : parseAmount(high, undefined);
  if (min === undefined || max === undefined || min > max) return undefined;
  return { minVnd: min, maxVnd: max };
}
