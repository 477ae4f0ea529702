import type { ByteSource } from '../../../server/spreadsheet/byte-source.ts';
import { readSpreadsheet as readTableWhole, type SpreadsheetTable } from '../../../server/spreadsheet/read-table.ts';
import { countRecognisedHeaders } from './match-headers.ts';

// A header row names at least this many known columns; a title row above it names none or one.
const MIN_HEADER_MATCHES = 3;

/** A small product list in hand read whole, its header found by the catalogue's columns (tests, examples). */
export function readSpreadsheet(source: ByteSource, fileName: string): Promise<SpreadsheetTable> {
  return readTableWhole(source, fileName, { isHeaderRow: (cells) => countRecognisedHeaders(cells) >= MIN_HEADER_MATCHES });
}
