import type { CellValue } from '../../../server/spreadsheet/cell-value.ts';
import { HeaderIndex, type HeaderMatch as EngineHeaderMatch } from '../../../server/spreadsheet/columns.ts';
import { COLUMNS, type ColumnKey } from './columns.ts';

export type HeaderMatch = EngineHeaderMatch<ColumnKey>;

const INDEX = new HeaderIndex(COLUMNS);

/** The column a header names, in Vietnamese or English, or undefined. */
export const matchHeader = (header: string): ColumnKey | undefined => INDEX.match(header);

export const matchHeaders = (headers: readonly string[]): HeaderMatch => INDEX.matchAll(headers);

/** How many distinct known columns a row names: tells the header row from a title above it. */
export const countRecognisedHeaders = (cells: readonly CellValue[]): number => INDEX.countRecognised(cells);
