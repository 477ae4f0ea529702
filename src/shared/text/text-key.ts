import { foldVietnamese } from './fold-vietnamese.ts';

/**
 * A looser key than {@link foldVietnamese} for matching names typed by people: punctuation is
 * treated as a word break, so "Tỉnh/Thành phố", "tinh - thanh pho" and "TỈNH, THÀNH PHỐ" all give
 * "tinh thanh pho". "&" reads as "and" so English names match either spelling.
 */
export function textKey(text: string): string {
  return foldVietnamese(text.replace(/&/g, ' and '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
