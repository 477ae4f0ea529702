import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/localized.ts';
import { clock } from '../../shared/time/clock.ts';
import { registerFonts } from './fonts.ts';
import { drawLine, fitText, type TextStyle } from './text-layout.ts';

/** A4 in points, margins after the Vietnamese rules for official documents (Decree 30/2020). */
export const A4 = { width: 595.28, height: 841.89 };
export const MARGINS = { top: 57, bottom: 57, left: 85, right: 57 };
const FOOTER_GAP = 22;
const RUNNING_HEADER_HEIGHT = 25;

export const COLORS = { text: '#111111', muted: '#555555', rule: '#9aa5b1', accent: '#1f4e79', shade: '#eef3f8', zebra: '#f7f9fb' };

export interface DocumentInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string;
}

/**
 * The page machinery under every document: a pdfkit document with the fonts registered, a
 * cursor that moves down the content box, page breaks that redraw the running header, and page
 * numbers written once the page count is known.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly language: Language;
  readonly left = MARGINS.left;
  readonly width = A4.width - MARGINS.left - MARGINS.right;
  readonly bottom = A4.height - MARGINS.bottom;
  y = MARGINS.top;
  /** Drawn at the top of every page after the first (programme and document title). */
  runningHeader: string | null = null;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;

  constructor(language: Language, info: DocumentInfo) {
    this.language = language;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGINS,
      bufferPages: true,
      autoFirstPage: true,
      lang: language === 'vi' ? 'vi-VN' : 'en-GB',
      displayTitle: true,
      info: {
        Title: info.title,
        Author: info.author ?? 'OCOP Connect',
        Subject: info.subject ?? '',
        Keywords: info.keywords ?? '',
        Creator: 'OCOP Connect',
        Producer: 'OCOP Connect (pdfkit)',
        CreationDate: clock.now(),
        ModDate: clock.now(),
      },
    });
    registerFonts(this.doc);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  /** Where content starts on a page after the first (below the running header). */
  get contentTop(): number {
    return MARGINS.top + (this.runningHeader ? RUNNING_HEADER_HEIGHT : 0);
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  reserve(height: number): void {
    if (height > this.remaining) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGINS.top;
    if (this.runningHeader) {
      const style: TextStyle = { size: 8, color: COLORS.muted };
      // A long document title would run off the page: the header is one line, cut to fit.
      drawLine(this.doc, fitText(this.doc, this.runningHeader, style, this.width), this.left, this.y, style, this.width, 'left');
      this.rule(this.left, this.y + 13, this.width);
      this.y += RUNNING_HEADER_HEIGHT;
    }
  }

  rule(x: number, y: number, width: number, color: string = COLORS.rule, thickness = 0.6): void {
    this.doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(thickness).strokeColor(color).stroke().restore();
  }

  gap(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** Numbers every page ("Trang 2/5") and returns the finished file. */
  async finish(pageLabel: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const label = pageLabel(i - range.start + 1, range.count);
      drawLine(this.doc, label, this.left, this.bottom + FOOTER_GAP, { size: 8, color: COLORS.muted }, this.width, 'center');
    }
    this.doc.end();
    return this.ended;
  }
}
