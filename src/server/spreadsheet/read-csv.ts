import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CellValue } from './cell-value.ts';
import { restoreNeutralised } from './formula-safety.ts';
import { SpreadsheetLimitError, type SpreadsheetLimits } from './limits.ts';
import { SpreadsheetReadError } from './read-errors.ts';
import type { RawRow } from './read-table.ts';

const DELIMITERS = [',', ';', '\t'] as const;
const PIECE_BYTES = 64 * 1024;
// Enough of the file to tell its encoding and delimiter.
const SNIFF_BYTES = 64 * 1024;

/**
 * Comma or semicolon (Excel in Vietnamese and most European locales saves ";")? The delimiter
 * is the one that occurs most on a typical line, quoted text ignored: addresses in a ";" file
 * are full of commas, but fewer per line than the delimiter itself.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/"(?:[^"]|"")*"/g, ''))
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  let best: ',' | ';' | '\t' = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    if (median > bestScore) {
      best = delimiter;
      bestScore = median;
    }
  }
  return best;
}

const cannotRead = (cause?: unknown) =>
  new SpreadsheetReadError('unreadable', { vi: 'Không đọc được tệp CSV.', en: 'Cannot read the CSV file.' }, { cause });

/** The text encoding, told from the first bytes: a BOM, valid UTF-8, or the legacy Vietnamese code page. */
function chooseEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    // Files saved by older Vietnamese Windows tools use the legacy Vietnamese code page.
    return 'windows-1258';
  }
}

// The source's own error (a limit, a lost upload) is kept aside: the stream machinery between
// the source and the parser would only pass on "premature close".
async function* decode(chunks: AsyncIterable<Uint8Array>, encoding: string, failed: { error?: unknown }): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  try {
    // Small pieces keep the parser's backpressure working: it parses no further ahead than read.
    for await (const chunk of chunks) {
      for (let offset = 0; offset < chunk.byteLength; offset += PIECE_BYTES) {
        yield decoder.decode(chunk.subarray(offset, offset + PIECE_BYTES), { stream: true });
      }
    }
    yield decoder.decode();
  } catch (error) {
    failed.error = error instanceof TypeError ? notUtf8(error) : error;
    throw failed.error;
  }
}

const notUtf8 = (error: unknown) =>
  new SpreadsheetReadError(
      'unreadable',
      {
        vi: 'Tệp CSV không phải UTF-8 ở mọi dòng. Hãy lưu lại dưới dạng "CSV UTF-8".',
        en: 'The CSV file is not UTF-8 throughout. Save it again as "CSV UTF-8".',
      },
      { cause: error },
    );

/**
 * The records of a CSV file as they are parsed, numbered as Excel numbers the records of an
 * opened CSV (from 1), which is what users will look up.
 */
export async function* readCsvRows(head: Uint8Array, chunks: AsyncIterable<Uint8Array>, limits: SpreadsheetLimits): AsyncGenerator<RawRow> {
  const start = head.subarray(0, SNIFF_BYTES);
  const encoding = chooseEncoding(start);
  const sample = new TextDecoder(encoding).decode(start);
  const parser = parse({
    delimiter: detectDelimiter(sample),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // One record (an unclosed quote swallows the rest of the file) stays bounded.
    max_record_size: 1_000_000,
  });
  const failed: { error?: unknown } = {};
  const records = pipeline(Readable.from(decode(chunks, encoding, failed)), parser, () => {});
  let rowNumber = 0;
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      rowNumber += 1;
      if (record.length > limits.maxColumns) throw SpreadsheetLimitError.tooManyColumns(limits.maxColumns);
      const cells: CellValue[] = record.map((cell) => (cell.trim() === '' ? null : restoreNeutralised(cell)));
      yield { rowNumber, cells };
    }
  } catch (error) {
    const cause = failed.error ?? error;
    if (cause instanceof SpreadsheetLimitError || cause instanceof SpreadsheetReadError) throw cause;
    throw cannotRead(cause);
  } finally {
    parser.destroy();
  }
}
