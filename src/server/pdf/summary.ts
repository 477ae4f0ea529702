import { COLORS, type PdfWriter } from './pdf-writer.ts';
import { drawLines, layoutText, type TextStyle } from './text-layout.ts';

export interface SummaryItem {
  label: string;
  value: string;
}

/**
 * The key figures first, as a shaded box of label/value tiles (three to a row), so a reader has
 * the result before the detail.
 */
export function drawSummary(pdf: PdfWriter, items: readonly SummaryItem[], title?: string): void {
  const { doc } = pdf;
  const perRow = items.length === 4 ? 2 : Math.min(3, Math.max(1, items.length));
  const pad = 10;
  const tileWidth = (pdf.width - 2 * pad) / perRow;
  const valueStyle: TextStyle = { size: 13, weight: 700, color: COLORS.accent };
  const labelStyle: TextStyle = { size: 8.5, color: COLORS.muted };
  const titleStyle: TextStyle = { size: 10, weight: 700 };

  const tiles = items.map((item) => ({
    value: layoutText(doc, item.value, valueStyle, tileWidth - 8),
    label: layoutText(doc, item.label, labelStyle, tileWidth - 8),
  }));
  const rows: (typeof tiles)[] = [];
  for (let i = 0; i < tiles.length; i += perRow) rows.push(tiles.slice(i, i + perRow));
  const rowHeights = rows.map((row) => Math.max(...row.map((t) => t.value.height + t.label.height)) + 8);
  const titleBlock = title ? layoutText(doc, title, titleStyle, pdf.width - 2 * pad) : null;
  const height = 2 * pad + (titleBlock ? titleBlock.height + 6 : 0) + rowHeights.reduce((a, b) => a + b, 0);

  pdf.reserve(height);
  doc.save().roundedRect(pdf.left, pdf.y, pdf.width, height, 4).fill(COLORS.shade).restore();
  let y = pdf.y + pad;
  if (titleBlock) {
    drawLines(doc, titleBlock.lines, pdf.left + pad, y, titleStyle, pdf.width - 2 * pad);
    y += titleBlock.height + 6;
  }
  rows.forEach((row, r) => {
    row.forEach((tile, i) => {
      const x = pdf.left + pad + i * tileWidth + 4;
      drawLines(doc, tile.value.lines, x, y, valueStyle, tileWidth - 8);
      drawLines(doc, tile.label.lines, x, y + tile.value.height, labelStyle, tileWidth - 8);
    });
    y += rowHeights[r]!;
  });
  pdf.y += height;
  pdf.gap(14);
}
