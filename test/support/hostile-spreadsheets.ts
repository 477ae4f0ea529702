/**
 * Spreadsheets an attacker or a careless operator would upload, made in milliseconds: a zip bomb
 * that really inflates to its size (repeated deflate blocks, so nothing that large is ever in
 * memory here), a zip that lies about its sizes, and CSVs with more rows than an import takes.
 */
import zlib from 'node:zlib';

interface ZipEntry {
  name: string;
  deflated: Buffer;
  /** Inflated size as declared (a lying zip declares less than the data inflates to). */
  size: number;
  crc: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A zip (deflate method) of the given entries, laid out as the format requires. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const common = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(e.crc), u32(e.deflated.length), u32(e.size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name, e.deflated]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

/** An entry whose content is `head`, then `filler` repeated `times` times, then `tail`. */
function repeatedEntry(name: string, head: string, filler: Buffer, times: number, tail: string): ZipEntry {
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  // Sync-flushed deflate blocks without the final bit can follow one another: the filler is
  // compressed once and its blocks repeated.
  const fillerBlocks = zlib.deflateRawSync(filler, flush);
  const deflated = Buffer.concat([
    zlib.deflateRawSync(Buffer.from(head), flush),
    ...Array<Buffer>(times).fill(fillerBlocks),
    zlib.deflateRawSync(Buffer.from(tail)),
  ]);
  let crc = zlib.crc32(head);
  for (let i = 0; i < times; i++) crc = zlib.crc32(filler, crc);
  crc = zlib.crc32(tail, crc);
  return { name, deflated, size: Buffer.byteLength(head) + filler.length * times + Buffer.byteLength(tail), crc };
}

const plain = (name: string, text: string): ZipEntry => ({
  name,
  deflated: zlib.deflateRawSync(Buffer.from(text)),
  size: Buffer.byteLength(text),
  crc: zlib.crc32(text),
});

const WORKBOOK_PARTS = [
  plain('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  plain('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
  plain('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  plain('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
];

const SHEET_HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
const SHEET_TAIL = '</t></is></c></row></sheetData></worksheet>';

/** An .xlsx whose one sheet inflates to about `inflatedBytes` of white space inside one cell. */
export function xlsxBomb(inflatedBytes: number): Buffer {
  const filler = Buffer.alloc(16 * 1024 * 1024, 0x20);
  const times = Math.max(1, Math.round(inflatedBytes / filler.length));
  return zipOf([...WORKBOOK_PARTS, repeatedEntry('xl/worksheets/sheet1.xml', SHEET_HEAD, filler, times, SHEET_TAIL)]);
}

/** The same sheet, but its zip directory declares a size far below what the data inflates to. */
export function lyingXlsx(inflatedBytes: number, declaredBytes: number): Buffer {
  const filler = Buffer.alloc(1024 * 1024, 0x20);
  const entry = repeatedEntry('xl/worksheets/sheet1.xml', SHEET_HEAD, filler, Math.max(1, Math.round(inflatedBytes / filler.length)), SHEET_TAIL);
  return zipOf([...WORKBOOK_PARTS, { ...entry, size: declaredBytes }]);
}

/** A CSV with a header and `rows` rows of product-list-looking data. */
export function csvWithRows(rows: number): Buffer {
  const lines = ['STT,Tên sản phẩm,Chủ thể,Địa chỉ,Phân nhóm,Số sao,Số quyết định,Ngày quyết định'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},Sản phẩm ${i},HTX số ${i % 500},"Xã ${i % 90}, Hà Nội",I.4.a,4,${i}/QĐ-UBND,15/03/2024`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** An .xlsx whose sheet is the given XML, in an otherwise well-formed workbook. */
export function xlsxWithSheet(sheetXml: string): Buffer {
  return zipOf([...WORKBOOK_PARTS, plain('xl/worksheets/sheet1.xml', sheetXml)]);
}

/** An .xlsx whose sheet nests `depth` elements inside one cell: a parser that recurses or keeps every open tag pays for each. */
export function deeplyNestedXlsx(depth: number): Buffer {
  return xlsxWithSheet(`${SHEET_HEAD}${'<r>'.repeat(depth)}${'</r>'.repeat(depth)}${SHEET_TAIL}`);
}

/** "Billion laughs": entities that would expand to gigabytes, should a parser expand them. */
export function entityBombXlsx(): Buffer {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  return xlsxWithSheet(`<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "lol">${levels}]>${SHEET_HEAD.replace('<?xml version="1.0"?>', '')}&l9;${SHEET_TAIL}`);
}
