import type { Language } from '../../shared/localized.ts';
import { pageLabel } from './format.ts';
import { drawLetterhead, type Letterhead } from './letterhead.ts';
import { COLORS, PdfWriter } from './pdf-writer.ts';
import { drawQrCode } from './qr-code.ts';
import { drawSignatures, type Signature } from './signatures.ts';
import { drawSummary, type SummaryItem } from './summary.ts';
import { drawTable, type TableSpec } from './table.ts';
import { drawLines, layoutText, measureText, type Align, type TextStyle } from './text-layout.ts';

export interface PdfDocumentOptions {
  language: Language;
  letterhead: Letterhead;
  /** The document's title, printed under the letterhead (upper case) and in the file's metadata. */
  title: string;
  subtitle?: string;
  subject?: string;
  author?: string;
}

/**
 * An A4 document of the programme: letterhead, title, then blocks in reading order (summary,
 * headings, paragraphs, tables, labelled fields, a QR code, signatures); page numbers
 * "Trang x/y" are added by `finish()`. Every block moves to a new page when it does not fit.
 * See README.md beside this file.
 */
export class PdfDocument {
  private readonly pdf: PdfWriter;

  constructor(options: PdfDocumentOptions) {
    this.pdf = new PdfWriter(options.language, { title: options.title, subject: options.subject, author: options.author ?? options.letterhead.issuingBody });
    drawLetterhead(this.pdf, options.letterhead);
    this.block(options.title.toLocaleUpperCase(options.language === 'vi' ? 'vi-VN' : 'en-GB'), { size: 14, weight: 700 }, 'center', 2);
    if (options.subtitle) this.block(options.subtitle, { size: 10.5, color: COLORS.muted }, 'center', 0);
    this.pdf.gap(12);
    this.pdf.runningHeader = `${options.letterhead.programme} · ${options.title}`;
  }

  get language(): Language {
    return this.pdf.language;
  }

  /** The underlying pdfkit document, for drawing that no block covers (use sparingly). */
  get doc(): PDFKit.PDFDocument {
    return this.pdf.doc;
  }

  heading(text: string): this {
    this.pdf.gap(4);
    // A heading keeps company with at least two lines of what follows.
    const style: TextStyle = { size: 11.5, weight: 700, color: COLORS.accent };
    const block = layoutText(this.pdf.doc, text, style, this.pdf.width);
    this.pdf.reserve(block.height + 30);
    return this.block(text, style, 'left', 4);
  }

  paragraph(text: string, align: Align = 'left'): this {
    return this.block(text, { size: 10 }, align, 6);
  }

  /** Muted small print: notes, sources, legal references. */
  note(text: string): this {
    return this.block(text, { size: 8.5, color: COLORS.muted }, 'left', 4);
  }

  summary(items: readonly SummaryItem[], title?: string): this {
    drawSummary(this.pdf, items, title);
    return this;
  }

  table(spec: TableSpec): this {
    drawTable(this.pdf, spec);
    return this;
  }

  /** Labelled values, one per line (a certificate's holder, course, dates…). */
  fields(pairs: readonly { label: string; value: string }[]): this {
    const { doc } = this.pdf;
    const labelStyle: TextStyle = { size: 10, color: COLORS.muted };
    const valueStyle: TextStyle = { size: 10, weight: 700 };
    const labelWidth = Math.min(this.pdf.width * 0.4, Math.max(...pairs.map((p) => measureText(doc, p.label, labelStyle))) + 12);
    for (const { label, value } of pairs) {
      const valueBlock = layoutText(doc, value, valueStyle, this.pdf.width - labelWidth);
      const labelBlock = layoutText(doc, label, labelStyle, labelWidth - 8);
      const height = Math.max(valueBlock.height, labelBlock.height) + 3;
      this.pdf.reserve(height);
      drawLines(doc, labelBlock.lines, this.pdf.left, this.pdf.y, labelStyle, labelWidth - 8);
      drawLines(doc, valueBlock.lines, this.pdf.left + labelWidth, this.pdf.y, valueStyle, this.pdf.width - labelWidth);
      this.pdf.y += height;
    }
    this.pdf.gap(8);
    return this;
  }

  /** A QR code (e.g. the link that verifies this document), with an optional caption beside it. */
  qrCode(text: string, options: { size?: number; caption?: string; align?: 'left' | 'right' } = {}): this {
    const size = options.size ?? 84;
    const { doc } = this.pdf;
    const captionStyle: TextStyle = { size: 8.5, color: COLORS.muted };
    const captionWidth = this.pdf.width - size - 12;
    const caption = options.caption ? layoutText(doc, options.caption, captionStyle, captionWidth) : null;
    this.pdf.reserve(Math.max(size, caption?.height ?? 0) + 6);
    const right = (options.align ?? 'right') === 'right';
    const x = right ? this.pdf.left + this.pdf.width - size : this.pdf.left;
    drawQrCode(doc, text, x, this.pdf.y, size);
    if (caption) {
      const captionX = right ? this.pdf.left : this.pdf.left + size + 12;
      drawLines(doc, caption.lines, captionX, this.pdf.y + (size - caption.height) / 2, captionStyle, captionWidth, right ? 'right' : 'left');
    }
    this.pdf.y += size + 6;
    return this;
  }

  signatures(signatures: readonly Signature[], placeAndDate?: string): this {
    drawSignatures(this.pdf, signatures, placeAndDate);
    return this;
  }

  pageBreak(): this {
    this.pdf.newPage();
    return this;
  }

  /** Numbers the pages and returns the finished PDF. */
  finish(): Promise<Buffer> {
    return this.pdf.finish((page, pages) => pageLabel(page, pages, this.pdf.language));
  }

  private block(text: string, style: TextStyle, align: Align, after: number): this {
    const { doc } = this.pdf;
    const block = layoutText(doc, text, style, this.pdf.width);
    // Paragraphs run over pages line by line.
    for (const line of block.lines) {
      this.pdf.reserve(block.lineHeight);
      drawLines(doc, [line], this.pdf.left, this.pdf.y, style, this.pdf.width, align);
      this.pdf.y += block.lineHeight;
    }
    this.pdf.gap(after);
    return this;
  }
}

export function createPdfDocument(options: PdfDocumentOptions): PdfDocument {
  return new PdfDocument(options);
}
