import type { Language, Localized } from '../../shared/localized.ts';
import { placeAndDate } from './format.ts';
import { COLORS, type PdfWriter } from './pdf-writer.ts';
import { drawLines, layoutText, type TextStyle } from './text-layout.ts';

export interface Letterhead {
  /** The body above the issuer, e.g. "UBND THÀNH PHỐ HÀ NỘI"; none for a top-level body. */
  parentBody?: string | null;
  /** Who issues the document, e.g. "SỞ CÔNG THƯƠNG HÀ NỘI". */
  issuingBody: string;
  /** The programme the document belongs to, printed under the header. */
  programme: string;
  /** "Số: 12/BC-SCT": the document's number and symbol, when it has one. */
  documentNumber?: string | null;
  /** Place of issue, e.g. "Hà Nội". */
  place: string;
  /** Day of issue (yyyy-MM-dd). */
  date: string;
}

/** The programme's own header, used when a module does not name another issuer. */
export const PROGRAMME_LETTERHEAD: Record<'parentBody' | 'issuingBody' | 'programme' | 'place', Localized> = {
  parentBody: { vi: 'UBND THÀNH PHỐ HÀ NỘI', en: 'HANOI PEOPLE’S COMMITTEE' },
  issuingBody: { vi: 'SỞ CÔNG THƯƠNG HÀ NỘI', en: 'HANOI DEPARTMENT OF INDUSTRY AND TRADE' },
  programme: {
    vi: 'Chương trình phát triển thị trường sản phẩm OCOP thành phố Hà Nội',
    en: 'Hanoi OCOP product market development programme',
  },
  place: { vi: 'Hà Nội', en: 'Hanoi' },
};

export function programmeLetterhead(language: Language, date: string, documentNumber?: string): Letterhead {
  return {
    parentBody: PROGRAMME_LETTERHEAD.parentBody[language],
    issuingBody: PROGRAMME_LETTERHEAD.issuingBody[language],
    programme: PROGRAMME_LETTERHEAD.programme[language],
    place: PROGRAMME_LETTERHEAD.place[language],
    documentNumber: documentNumber ?? null,
    date,
  };
}

const MOTTO: Record<Language, [string, string]> = {
  vi: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  en: ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness'],
};

/**
 * The two-column header of a Vietnamese official document: issuer and number on the left, the
 * national motto and the place and date on the right, each title underlined by a short rule;
 * then the programme's name across the page.
 */
export function drawLetterhead(pdf: PdfWriter, head: Letterhead): void {
  const { doc, left } = pdf;
  const gutter = 14;
  const leftWidth = pdf.width * 0.42;
  const rightWidth = pdf.width - leftWidth - gutter;
  const rightX = left + leftWidth + gutter;
  const top = pdf.y;
  const regular: TextStyle = { size: 10 };
  const bold: TextStyle = { size: 10, weight: 700 };

  let y = top;
  const column = (text: string, style: TextStyle, x: number, width: number) => {
    const block = layoutText(doc, text, style, width);
    drawLines(doc, block.lines, x, y, style, width, 'center');
    y += block.height;
  };
  if (head.parentBody) column(head.parentBody, regular, left, leftWidth);
  column(head.issuingBody, bold, left, leftWidth);
  pdf.rule(left + leftWidth * 0.35, y + 2, leftWidth * 0.3, COLORS.text, 0.8);
  y += 8;
  if (head.documentNumber) column(head.documentNumber, regular, left, leftWidth);
  const leftBottom = y;

  y = top;
  const [nation, motto] = MOTTO[pdf.language];
  column(nation, bold, rightX, rightWidth);
  column(motto, { size: 11, weight: 700 }, rightX, rightWidth);
  pdf.rule(rightX + rightWidth * 0.22, y + 2, rightWidth * 0.56, COLORS.text, 0.8);
  y += 8;
  column(placeAndDate(head.place, head.date, pdf.language), { size: 10, color: COLORS.muted }, rightX, rightWidth);

  pdf.y = Math.max(leftBottom, y) + 10;
  const programme = layoutText(doc, head.programme, { size: 9, color: COLORS.accent }, pdf.width);
  pdf.y += drawLines(doc, programme.lines, left, pdf.y, { size: 9, color: COLORS.accent }, pdf.width, 'center');
  pdf.gap(14);
}
