import type { Localized } from '../../shared/localized.ts';
import { textKey } from '../../shared/text/text-key.ts';
import type { CellValue } from './cell-value.ts';
import type { CellParser } from './parsers.ts';

/** One column of an import, declared as data: what it is called and how its cells are read. */
export interface SpreadsheetColumn<Key extends string = string> {
  key: Key;
  /** The header the template uses, in each language. */
  header: Localized;
  /** The import cannot proceed without the column. */
  required: boolean;
  /** Other headers seen in real files; all matched accent-, case- and punctuation-insensitively. */
  aliases: readonly string[];
  /** Reads a non-blank cell into a value, or names what is wrong with it (see parsers.ts). */
  parse?: CellParser<unknown>;
  /** A required column may be carried by another one (a combined "number, date" column). */
  carriedBy?: Key;
}

export interface HeaderMatch<Key extends string = string> {
  /** Index of each recognised column in the row. */
  indexes: Partial<Record<Key, number>>;
  /** Each recognised column's header as written, for messages. */
  headers: Partial<Record<Key, string>>;
  /** Required columns with no header. */
  missing: Key[];
  /** Non-empty headers that name no known column; their cells are ignored. */
  unknown: { index: number; header: string }[];
  /** Further columns naming an already matched field; the first one wins. */
  duplicates: { key: Key; index: number; header: string }[];
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

/** Finds columns by their headers, in Vietnamese or English, without regard to case or accents. */
export class HeaderIndex<Key extends string = string> {
  private readonly byKey = new Map<string, Key>();

  constructor(readonly columns: readonly SpreadsheetColumn<Key>[]) {
    for (const column of columns) {
      for (const text of [column.header.vi, column.header.en, ...column.aliases]) {
        const key = textKey(text);
        if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, column.key);
      }
    }
  }

  /** The column a header names, or undefined. */
  match(header: string): Key | undefined {
    if (header.length > 500) return undefined;
    for (const candidate of headerCandidates(header)) {
      const key = this.byKey.get(textKey(candidate));
      if (key) return key;
    }
    return undefined;
  }

  matchAll(headers: readonly string[]): HeaderMatch<Key> {
    const match: HeaderMatch<Key> = { indexes: {}, headers: {}, missing: [], unknown: [], duplicates: [] };
    headers.forEach((header, index) => {
      if (header.trim() === '') return;
      const key = this.match(header);
      if (!key) match.unknown.push({ index, header });
      else if (match.indexes[key] !== undefined) match.duplicates.push({ key, index, header });
      else {
        match.indexes[key] = index;
        match.headers[key] = header.replace(/\s+/g, ' ').trim();
      }
    });
    match.missing = this.columns.filter((c) => c.required && match.indexes[c.key] === undefined).map((c) => c.key);
    return match;
  }

  /** How many distinct known columns a row names: tells the header row from a title above it. */
  countRecognised(cells: readonly CellValue[]): number {
    const keys = new Set<Key>();
    for (const cell of cells) {
      if (typeof cell !== 'string') continue;
      const key = this.match(cell);
      if (key) keys.add(key);
    }
    return keys.size;
  }
}
