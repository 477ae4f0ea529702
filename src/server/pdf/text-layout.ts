import { textRuns, type FontWeight } from './fonts.ts';

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: string;
  /** Line height as a multiple of the font size. */
  leading?: number;
}

export type Align = 'left' | 'center' | 'right';

const lineHeightOf = (style: TextStyle) => style.size * (style.leading ?? 1.35);

// Shaping a word through fontkit costs a fraction of a millisecond and reports repeat the same
// words thousands of times: widths are kept per font and text at size 1, for every document.
const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 50_000;

function runWidth(doc: PDFKit.PDFDocument, font: string, text: string): number {
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = doc.font(font).fontSize(1000).widthOfString(text) / 1000;
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** The width of one line of text, summed over its font runs. */
export function measureText(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  let width = 0;
  for (const run of textRuns(text, style.weight ?? 400)) width += runWidth(doc, run.font, run.text);
  return width * style.size;
}

/**
 * Breaks text into lines no wider than `width`: at spaces where it can, inside a word only when
 * the word alone is wider than the line. Newlines in the text start new lines.
 */
export function wrapText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split(/\r?\n/)) {
    // Widths add up word by word (kerning across a space is nil), so a paragraph costs one
    // measurement per word, not one per word per line.
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/(\s+)/).filter((w) => w !== '')) {
      const wordWidth = measureText(doc, word, style);
      if (/^\s+$/.test(word)) {
        if (line !== '') {
          line += word; // spaces at a line's start or end are dropped
          lineWidth += wordWidth;
        }
        continue;
      }
      if (lineWidth + wordWidth <= width) {
        line += word;
        lineWidth += wordWidth;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // A word wider than the whole line is cut between characters.
      for (const char of word) {
        const charWidth = measureText(doc, char, style);
        if (line !== '' && lineWidth + charWidth > width) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += charWidth;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Draws one line, font run after font run, without pdfkit's own wrapping or page breaks. */
/** The text cut to fit one line of `width`, ending in "…" when it had to be cut. */
export function fitText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): string {
  if (measureText(doc, text, style) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureText(doc, `${text.slice(0, mid).trimEnd()}…`, style) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

export function drawLine(doc: PDFKit.PDFDocument, line: string, x: number, y: number, style: TextStyle, width?: number, align: Align = 'left'): void {
  let cursor = x;
  if (width !== undefined && align !== 'left') {
    const free = width - measureText(doc, line, style);
    cursor += align === 'center' ? free / 2 : free;
  }
  doc.fillColor(style.color ?? '#111111');
  for (const run of textRuns(line, style.weight ?? 400)) {
    doc.font(run.font).fontSize(style.size);
    doc.text(run.text, cursor, y, { lineBreak: false });
    cursor += runWidth(doc, run.font, run.text) * style.size;
  }
}

export interface TextBlock {
  lines: string[];
  lineHeight: number;
  height: number;
}

export function layoutText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): TextBlock {
  const lines = wrapText(doc, text, style, width);
  const lineHeight = lineHeightOf(style);
  return { lines, lineHeight, height: lines.length * lineHeight };
}

/** Draws wrapped lines from `y`; returns the height used. */
export function drawLines(doc: PDFKit.PDFDocument, lines: string[], x: number, y: number, style: TextStyle, width: number, align: Align = 'left'): number {
  const lineHeight = lineHeightOf(style);
  lines.forEach((line, i) => drawLine(doc, line, x, y + i * lineHeight, style, width, align));
  return lines.length * lineHeight;
}

export { lineHeightOf };
