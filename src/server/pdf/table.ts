import { COLORS, type PdfWriter } from './pdf-writer.ts';
import { drawLines, lineHeightOf, wrapText, type Align, type TextStyle } from './text-layout.ts';

export type Cell = string | number | null | undefined;

export interface TableColumn {
  header: string;
  /** Relative width; columns share the page width in proportion (default 1). */
  width?: number;
  align?: Align;
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly Cell[])[];
  /** A totals row, set bold and shaded after the last row. */
  footer?: readonly Cell[];
  /** Font size of the cells (default 9). */
  size?: number;
}

const PAD_X = 4;
const PAD_Y = 3.5;

interface LaidRow {
  cells: string[][];
  style: TextStyle;
  fill: string | null;
}

/**
 * A table that runs over as many pages as it needs: the header row repeats at the top of each
 * page, rows are kept whole when they fit on a page, and a row taller than a page is split
 * between lines. Cells wrap; numbers are for the caller to format (formatVnd, formatNumber).
 */
export function drawTable(pdf: PdfWriter, spec: TableSpec): void {
  const { doc } = pdf;
  const size = spec.size ?? 9;
  const total = spec.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = spec.columns.map((c) => (pdf.width * (c.width ?? 1)) / total);
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));
  const lay = (cells: readonly Cell[], style: TextStyle, fill: string | null): LaidRow => ({
    cells: widths.map((w, i) => wrapText(doc, text(cells[i]), style, w - 2 * PAD_X)),
    style,
    fill,
  });
  const heightOf = (row: LaidRow) => Math.max(1, ...row.cells.map((c) => c.length)) * lineHeightOf(row.style) + 2 * PAD_Y;

  const header = lay(spec.columns.map((c) => c.header), { size, weight: 700 }, COLORS.shade);
  const headerHeight = heightOf(header);

  const drawRow = (row: LaidRow, from: number, count: number) => {
    const lineHeight = lineHeightOf(row.style);
    const height = count * lineHeight + 2 * PAD_Y;
    let x = pdf.left;
    if (row.fill) doc.save().rect(pdf.left, pdf.y, pdf.width, height).fill(row.fill).restore();
    row.cells.forEach((lines, i) => {
      const width = widths[i]!;
      const align = row === header ? 'left' : (spec.columns[i]?.align ?? 'left');
      drawLines(doc, lines.slice(from, from + count), x + PAD_X, pdf.y + PAD_Y, row.style, width - 2 * PAD_X, align);
      doc.save().rect(x, pdf.y, width, height).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
      x += width;
    });
    pdf.y += height;
  };

  const startPage = () => {
    pdf.newPage();
    drawRow(header, 0, Math.max(1, ...header.cells.map((c) => c.length)));
  };

  const body = spec.rows.map((cells, i) => lay(cells, { size }, i % 2 === 1 ? COLORS.zebra : null));
  if (spec.footer) body.push(lay(spec.footer, { size, weight: 700 }, COLORS.shade));

  // The header never stands alone at the foot of a page.
  const first = body[0];
  if (headerHeight + (first ? Math.min(heightOf(first), 3 * lineHeightOf(first.style) + 2 * PAD_Y) : 0) > pdf.remaining) pdf.newPage();
  drawRow(header, 0, Math.max(1, ...header.cells.map((c) => c.length)));

  for (const row of body) {
    const lines = Math.max(1, ...row.cells.map((c) => c.length));
    const lineHeight = lineHeightOf(row.style);
    const freshCapacity = Math.max(1, Math.floor((pdf.bottom - pdf.contentTop - headerHeight - 2 * PAD_Y) / lineHeight));
    let from = 0;
    let fresh = false;
    for (;;) {
      const rest = lines - from;
      const fitting = fresh ? Math.max(1, Math.floor((pdf.remaining - 2 * PAD_Y) / lineHeight)) : Math.floor((pdf.remaining - 2 * PAD_Y) / lineHeight);
      if (fitting >= rest) {
        drawRow(row, from, rest);
        break;
      }
      // Keep a row whole on the next page when it fits there; split only a row taller than a page.
      if (!fresh && (fitting < 1 || (from === 0 && rest <= freshCapacity))) {
        startPage();
        fresh = true;
        continue;
      }
      drawRow(row, from, fitting);
      from += fitting;
      startPage();
      fresh = true;
    }
  }
  pdf.gap(10);
}
