import { AppError } from '../../../server/http/app-error.ts';

const invalidPdf = (reason: { vi: string; en: string }) =>
  new AppError(422, 'invalid_pdf', { vi: `Tệp PDF không hợp lệ: ${reason.vi}`, en: `The PDF cannot be accepted: ${reason.en}` });

/**
 * A PDF is stored as uploaded (it cannot be re-encoded like an image), so it is checked: a
 * complete file (an end-of-file marker near its end: an upload cut short has none), and none of
 * the active content a programme document has no use for (scripts, launching programs). The
 * scan reads the file's uncompressed structure; it is a guard, the browser's viewer the sandbox.
 */
export function checkPdf(bytes: Buffer): void {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw invalidPdf({ vi: 'thiếu phần đầu tệp', en: 'it has no PDF header' });
  if (!bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1').includes('%%EOF')) {
    throw invalidPdf({ vi: 'tệp bị cắt ngang, hãy tải lên lại', en: 'the file is truncated; upload it again' });
  }
  // Names are looked for in the document's structure, not inside its streams (compressed
  // images and fonts are arbitrary bytes, where "/JS" turns up by chance).
  const structure = bytes.toString('latin1').replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, ' ');
  if (/\/(JavaScript|JS|Launch)(?=[\s/<>[\]()%]|$)/.test(structure)) {
    throw invalidPdf({ vi: 'tệp chứa mã lệnh (JavaScript hoặc lệnh mở chương trình)', en: 'it contains scripts or program launch actions' });
  }
}
