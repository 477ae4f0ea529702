import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue } from './cell-value.ts';
import { restoreNeutralised } from './formula-safety.ts';
import { SpreadsheetLimitError, type SpreadsheetLimits } from './limits.ts';
import { SpreadsheetReadError, unreadableXlsx } from './read-errors.ts';
import type { RawRow } from './read-table.ts';
import { XlsxZip } from './xlsx-zip.ts';

/**
 * Reads the rows of an .xlsx as a stream of XML: the sheet is never built in memory, so a file's
 * cost is its rows, read one by one. Only what an import needs is read: values (shared and
 * inline strings, numbers, dates by their number format, booleans, cached formula results),
 * merged ranges (a producer merged down over its products fills each row) and sheet visibility.
 */
export async function* readXlsxRows(
  bytes: Buffer,
  options: { limits: SpreadsheetLimits; isHeaderRow: (cells: readonly CellValue[]) => boolean; headerSearchRows: number },
): AsyncGenerator<RawRow> {
  const zip = await XlsxZip.open(bytes, options.limits.maxInflatedBytes);
  try {
    const book = await readWorkbook(zip);
    const context: SheetContext = {
      shared: book.sharedStrings ? await readSharedStrings(zip, book.sharedStrings) : [],
      dateStyles: book.styles ? await readDateStyles(zip, book.styles) : new Set(),
      date1904: book.date1904,
      maxColumns: options.limits.maxColumns,
    };
    const sheets = book.sheets.filter((sheet) => sheet.visible && zip.has(sheet.path));
    // The first visible sheet that has a recognisable header row; else the first visible sheet.
    let chosen = sheets[0];
    for (const sheet of sheets) {
      if (await hasHeaderRow(zip, sheet.path, context, options)) {
        chosen = sheet;
        break;
      }
    }
    if (!chosen) return;
    const merges = await readMerges(zip, chosen.path);
    yield* fillMerges(sheetRows(zip, chosen.path, context), merges, options.limits.maxColumns);
  } finally {
    zip.close();
  }
}

// ---- XML plumbing -----------------------------------------------------------------------------

const local = (name: string) => name.slice(name.indexOf(':') + 1);

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

function xmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(local(tag.name), tag.attributes));
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close?.(local(tag.name)));
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('error', (error: Error) => {
    throw unreadableXlsx(error);
  });
  return parser;
}

/** Feeds a part through a parser; `stop()` true ends the reading early. */
async function* feed(zip: XlsxZip, path: string, parser: SaxesParser): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of zip.stream(path)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
  yield;
}

async function parseWhole(zip: XlsxZip, path: string, handlers: XmlHandlers): Promise<void> {
  for await (const _ of feed(zip, path, xmlParser(handlers))) {
    // each chunk is handled by the parser's callbacks
  }
}

// ---- workbook, shared strings, styles ---------------------------------------------------------

interface Workbook {
  sheets: { name: string; path: string; visible: boolean }[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

async function relations(zip: XlsxZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const folder = part.split('/').slice(0, -1).join('/');
  const file = part.split('/').at(-1) ?? '';
  const relsPath = `${folder ? `${folder}/` : ''}_rels/${file}.rels`;
  const map = new Map<string, { type: string; target: string }>();
  if (!zip.has(relsPath)) return map;
  await parseWhole(zip, relsPath, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) map.set(a.Id, { type: a.Type ?? '', target: resolvePart(part, a.Target) });
    },
  });
  return map;
}

async function readWorkbook(zip: XlsxZip): Promise<Workbook> {
  const root = [...(await relations(zip, ''))].map(([, r]) => r).find((r) => r.type.endsWith('/officeDocument'));
  const bookPath = root?.target ?? 'xl/workbook.xml';
  if (!zip.has(bookPath)) throw unreadableXlsx(new Error('no workbook part'));
  const rels = await relations(zip, bookPath);
  const book: Workbook = { sheets: [], sharedStrings: undefined, styles: undefined, date1904: false };
  for (const r of rels.values()) {
    if (r.type.endsWith('/sharedStrings')) book.sharedStrings = r.target;
    if (r.type.endsWith('/styles')) book.styles = r.target;
  }
  await parseWhole(zip, bookPath, {
    open(name, a) {
      if (name === 'workbookPr') book.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const id = a['r:id'] ?? Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1];
      const target = id ? rels.get(id)?.target : undefined;
      if (target) book.sheets.push({ name: a.name ?? '', path: target, visible: (a.state ?? 'visible') === 'visible' });
    },
  });
  return book;
}

async function readSharedStrings(zip: XlsxZip, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await parseWhole(zip, path, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

// Built-in number formats that show dates (ECMA-376 18.8.30).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0] ?? '';
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

async function readDateStyles(zip: XlsxZip, path: string): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let xfIndex = 0;
  await parseWhole(zip, path, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId && a.formatCode && isDateFormat(a.formatCode)) customDates.add(Number(a.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const format = Number(a.numFmtId ?? 0);
        if (BUILT_IN_DATE_FORMATS.has(format) || customDates.has(format)) dates.add(xfIndex);
        xfIndex++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

// ---- sheets -----------------------------------------------------------------------------------

interface SheetContext {
  shared: string[];
  dateStyles: Set<number>;
  date1904: boolean;
  maxColumns: number;
}

/** "AB12" → column index 27 (0-based) and row 12. */
function parseRef(ref: string): { column: number; row: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref.toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  let column = 0;
  for (const letter of m[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);

async function* sheetRows(zip: XlsxZip, path: string, context: SheetContext): AsyncGenerator<RawRow> {
  const ready: RawRow[] = [];
  let row: RawRow | undefined;
  let lastRow = 0;
  let column = -1;
  let cell: { type: string; style: number; value: string; inline: string; hasValue: boolean } | undefined;
  let capture: 'v' | 't' | undefined;
  let phonetic = 0;
  let ended = false;

  const valueOf = (c: NonNullable<typeof cell>): CellValue => {
    switch (c.type) {
      case 's': {
        const text = context.shared[Number(c.value)];
        return text === undefined ? null : restoreNeutralised(text);
      }
      case 'inlineStr':
        return restoreNeutralised(c.inline);
      case 'str':
        return c.hasValue ? restoreNeutralised(c.value) : null;
      case 'b':
        return c.value === '1' || c.value === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return c.value || null;
      case 'd': {
        const date = new Date(c.value);
        return Number.isNaN(date.getTime()) ? c.value : date;
      }
      default: {
        if (!c.hasValue || c.value.trim() === '') return null;
        const number = Number(c.value);
        if (!Number.isFinite(number)) return c.value;
        if (!context.dateStyles.has(c.style)) return number;
        return new Date((context.date1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH) + Math.round(number * MS_PER_DAY));
      }
    }
  };

  const parser = xmlParser({
    open(name, a) {
      if (ended) return;
      if (name === 'row') {
        const number = a.r ? Number(a.r) : lastRow + 1;
        lastRow = Number.isInteger(number) && number > 0 ? number : lastRow + 1;
        row = { rowNumber: lastRow, cells: [] };
        column = -1;
      } else if (name === 'c' && row) {
        const ref = a.r ? parseRef(a.r) : undefined;
        column = ref ? ref.column : column + 1;
        if (column >= context.maxColumns) throw SpreadsheetLimitError.tooManyColumns(context.maxColumns);
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '', hasValue: false };
      } else if (cell && name === 'v') {
        capture = 'v';
        cell.hasValue = true;
      } else if (cell && name === 'rPh') phonetic++;
      else if (cell && name === 't' && phonetic === 0) capture = 't';
    },
    close(name) {
      if (ended) return;
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell && row) {
        const value = valueOf(cell);
        if (value !== null) {
          while (row.cells.length < column) row.cells.push(null);
          row.cells[column] = value;
        }
        cell = undefined;
      } else if (name === 'row' && row) {
        if (row.cells.length > 0) ready.push(row);
        row = undefined;
      } else if (name === 'sheetData') ended = true;
    },
    text(text) {
      if (!cell || !capture) return;
      if (capture === 'v') cell.value += text;
      else cell.inline += text;
    },
  });

  for await (const _ of feed(zip, path, parser)) {
    while (ready.length > 0) yield ready.shift() as RawRow;
    if (ended) return;
  }
}

async function hasHeaderRow(
  zip: XlsxZip,
  path: string,
  context: SheetContext,
  options: { isHeaderRow: (cells: readonly CellValue[]) => boolean; headerSearchRows: number },
): Promise<boolean> {
  let seen = 0;
  for await (const row of sheetRows(zip, path, context)) {
    if (options.isHeaderRow(row.cells)) return true;
    if (++seen >= options.headerSearchRows) return false;
  }
  return false;
}

// ---- merged ranges ----------------------------------------------------------------------------

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE = /<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Za-z]+\d+):([A-Za-z]+\d+)"/g;

/** Merged ranges come after the rows in the sheet's XML: a first quick pass finds them by text. */
async function readMerges(zip: XlsxZip, path: string): Promise<Merge[]> {
  const merges: Merge[] = [];
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  for await (const chunk of zip.stream(path)) {
    const text = carry + decoder.decode(chunk, { stream: true });
    let end = 0;
    for (const m of text.matchAll(MERGE)) {
      const from = parseRef(m[1] ?? '');
      const to = parseRef(m[2] ?? '');
      if (from && to) merges.push({ top: from.row, left: from.column, bottom: to.row, right: to.column });
      end = (m.index ?? 0) + m[0].length;
    }
    const tail = text.slice(end);
    const open = tail.lastIndexOf('<');
    carry = open >= 0 && tail.length - open < 512 ? tail.slice(open) : '';
  }
  return merges.sort((a, b) => a.top - b.top);
}

/** Cells inside a merged range take the range's value, as Excel shows them. */
async function* fillMerges(rows: AsyncIterable<RawRow>, merges: Merge[], maxColumns: number): AsyncGenerator<RawRow> {
  if (merges.length === 0) {
    yield* rows;
    return;
  }
  let next = 0;
  let active: { merge: Merge; value: CellValue }[] = [];
  for await (const row of rows) {
    active = active.filter((a) => a.merge.bottom >= row.rowNumber);
    while (next < merges.length && (merges[next]?.top ?? Infinity) <= row.rowNumber) {
      const merge = merges[next++] as Merge;
      if (merge.top === row.rowNumber) active.push({ merge, value: row.cells[merge.left] ?? null });
      // A range whose top row is absent from the file has no value to spread.
    }
    for (const { merge, value } of active) {
      if (value === null) continue;
      const right = Math.min(merge.right, maxColumns - 1);
      while (row.cells.length <= right) row.cells.push(null);
      for (let c = merge.left; c <= right; c++) row.cells[c] = value;
    }
    yield row;
  }
}

export const xlsxUnsupported = () =>
  new SpreadsheetReadError('unsupported_format', {
    vi: 'Định dạng .xls cũ không được hỗ trợ. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'The old .xls format is not supported. Open the file in Excel and save it as .xlsx.',
  });
