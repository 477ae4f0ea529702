import { COLORS, type PdfWriter } from './pdf-writer.ts';
import { drawLines, layoutText, type TextStyle } from './text-layout.ts';

export interface Signature {
  /** The signer's capacity, e.g. "TRƯỞNG BAN TỔ CHỨC" or "NGƯỜI LẬP BÁO CÁO". */
  title: string;
  /** Under the title, e.g. "(Ký, ghi rõ họ tên)"; defaults to that, in the document's language. */
  note?: string;
  /** The signer's name, printed under the space left for the signature. */
  name?: string;
}

const SIGN_HERE = { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' };
const SIGNATURE_SPACE = 62;

/**
 * Signature columns side by side, each with its capacity, a note, room to sign and the name;
 * the place and date line over the last column. Kept on one page with what it signs for.
 */
export function drawSignatures(pdf: PdfWriter, signatures: readonly Signature[], placeAndDate?: string): void {
  const { doc } = pdf;
  const count = Math.max(1, signatures.length);
  const columnWidth = pdf.width / count;
  const titleStyle: TextStyle = { size: 10, weight: 700 };
  const noteStyle: TextStyle = { size: 8.5, color: COLORS.muted };
  const nameStyle: TextStyle = { size: 10, weight: 700 };
  const dateStyle: TextStyle = { size: 10, color: COLORS.muted };

  const laid = signatures.map((s) => ({
    title: layoutText(doc, s.title, titleStyle, columnWidth - 10),
    note: layoutText(doc, s.note ?? SIGN_HERE[pdf.language], noteStyle, columnWidth - 10),
    name: layoutText(doc, s.name ?? '', nameStyle, columnWidth - 10),
  }));
  const dateBlock = placeAndDate ? layoutText(doc, placeAndDate, dateStyle, columnWidth - 10) : null;
  const height =
    (dateBlock?.height ?? 0) + Math.max(...laid.map((l) => l.title.height + l.note.height + SIGNATURE_SPACE + l.name.height)) + 10;

  pdf.gap(8);
  pdf.reserve(height);
  let top = pdf.y;
  if (dateBlock) {
    drawLines(doc, dateBlock.lines, pdf.left + (count - 1) * columnWidth + 5, top, dateStyle, columnWidth - 10, 'center');
    top += dateBlock.height;
  }
  laid.forEach((l, i) => {
    const x = pdf.left + i * columnWidth + 5;
    const width = columnWidth - 10;
    let y = top;
    y += drawLines(doc, l.title.lines, x, y, titleStyle, width, 'center');
    y += drawLines(doc, l.note.lines, x, y, noteStyle, width, 'center');
    y += SIGNATURE_SPACE;
    drawLines(doc, l.name.lines, x, y, nameStyle, width, 'center');
  });
  pdf.y += height;
}
