import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import { isOcopStars, type OcopStars } from '../domain/stars.ts';
import { cellText, type CellValue } from '../../../server/spreadsheet/cell-value.ts';

export type StarsReading =
  | { kind: 'ok'; stars: OcopStars; potentialFiveStar: boolean }
  /** A whole number of stars that is not an OCOP rating (1★, 2★ or more than 5). */
  | { kind: 'out-of-range'; stars: number }
  | { kind: 'unreadable' };

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

/**
 * Reads a star rating: `4`, `4 sao`, `4★`, `4*`, `★★★★`, `4 stars`, `4-star`, `bốn sao`.
 * "Potential 5★" ("5 sao tiềm năng", "tiềm năng 5 sao", "potential 5 stars") is a product the
 * city scored at 5★ level and sent for national review; until the centre rules it holds a 4★
 * certificate, so it reads as 4 stars with `potentialFiveStar`.
 */
export function parseStars(value: CellValue): StarsReading {
  if (typeof value === 'number') return fromNumber(value);
  const text = cellText(value);
  const starGlyphs = /^[★⭐]+$/u.exec(text.replace(/\s+/g, ''));
  if (starGlyphs) return fromNumber(starGlyphs[0].match(/[★⭐]/gu)?.length ?? 0);

  const key = textKey(text);
  if (/\b(?:tiem nang|potential)\b/.test(key)) {
    return /\b(?:5|nam|five)\b/.test(key) || /^(?:tiem nang|potential)$/.test(key)
      ? { kind: 'ok', stars: 4, potentialFiveStar: true }
      : { kind: 'unreadable' };
  }
  const folded = foldVietnamese(text)
    .replace(/[★⭐*]/gu, ' sao ')
    .replace(/,/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
  const number = /^(\d+(?:\.\d+)?)(?:\s*-?\s*(?:sao|stars?))*$/.exec(folded);
  if (number?.[1]) return fromNumber(Number(number[1]));
  const word = /^([a-z]+)\s*-?\s*(?:sao|stars?)$/.exec(folded);
  const fromWord = word?.[1] ? NUMBER_WORDS[word[1]] : undefined;
  return fromWord === undefined ? { kind: 'unreadable' } : fromNumber(fromWord);
}

function fromNumber(stars: number): StarsReading {
  if (!Number.isInteger(stars)) return { kind: 'unreadable' };
  return isOcopStars(stars) ? { kind: 'ok', stars, potentialFiveStar: false } : { kind: 'out-of-range', stars };
}
