import { textKey } from '../../../shared/text/text-key.ts';
import type { CellValue } from './cell-value.ts';
import { COLUMNS, type ColumnKey } from './columns.ts';

const BY_KEY = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const text of [column.header.vi, column.header.en, ...column.aliases]) {
    const key = textKey(text);
    if (key !== '' && !BY_KEY.has(key)) BY_KEY.set(key, column.key);
  }
}

// Bilingual templates write "Tên sản phẩm (Product name)", "Tên sản phẩm\nProduct name" or
// "Tên sản phẩm / Product name"; any one part naming a column is enough.
function headerCandidates(header: string): string[] {
  const candidates = [header];
  const beforeParen = header.split('(')[0];
  if (beforeParen !== undefined) candidates.push(beforeParen);
  for (const inParen of header.matchAll(/\(([^)]*)\)/g)) if (inParen[1]) candidates.push(inParen[1]);
  candidates.push(...header.split(/\r?\n|\s\/\s|\s-\s|\s\|\s/));
  return candidates;
}

/** The column a header names, in Vietnamese or English, or undefined. */
export function matchHeader(header: string): ColumnKey | undefined {
  for (const candidate of headerCandidates(header)) {
    const key = BY_KEY.get(textKey(candidate));
    if (key) return key;
  }
  return undefined;
}

export interface HeaderMatch {
  /** Index of each recognised column in the row. */
  indexes: Partial<Record<ColumnKey, number>>;
  /** Each recognised column's header as written, for messages. */
  headers: Partial<Record<ColumnKey, string>>;
  /** Required columns with no header. */
  missing: ColumnKey[];
  /** Non-empty headers that name no known column; their cells are ignored. */
  unknown: { index: number; header: string }[];
  /** Further columns naming an already matched field; the first one wins. */
  duplicates: { key: ColumnKey; index: number; header: string }[];
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const match: HeaderMatch = { indexes: {}, headers: {}, missing: [], unknown: [], duplicates: [] };
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const key = matchHeader(header);
    if (!key) match.unknown.push({ index, header });
    else if (match.indexes[key] !== undefined) match.duplicates.push({ key, index, header });
    else {
      match.indexes[key] = index;
      match.headers[key] = header.replace(/\s+/g, ' ').trim();
    }
  });
  match.missing = COLUMNS.filter((c) => c.required && match.indexes[c.key] === undefined).map((c) => c.key);
  return match;
}

/** How many distinct known columns a row names: tells the header row from a title above it. */
export function countRecognisedHeaders(cells: readonly CellValue[]): number {
  const keys = new Set<ColumnKey>();
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const key = matchHeader(cell);
    if (key) keys.add(key);
  }
  return keys.size;
}
