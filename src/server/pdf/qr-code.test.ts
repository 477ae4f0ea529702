import QRCode from 'qrcode';
import { expect, it } from 'vitest';
import { drawQrCode } from './qr-code.ts';

it('draws one square per dark module, inside the box and its quiet zone', () => {
  const rects: [number, number, number, number][] = [];
  const doc = { save: () => doc, restore: () => doc, fill: () => doc, rect: (x: number, y: number, w: number, h: number) => (rects.push([x, y, w, h]), doc) };
  const text = 'https://ocop.example/verify/HN-0001';
  drawQrCode(doc as unknown as PDFKit.PDFDocument, text, 100, 200, 90);
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const dark = Array.from(modules.data).filter(Boolean).length;
  expect(rects).toHaveLength(1 + dark);
  const cell = 90 / (modules.size + 4);
  for (const [x, y, w] of rects.slice(1)) {
    expect(w).toBeCloseTo(cell);
    expect(x).toBeGreaterThanOrEqual(100 + 2 * cell - 1e-9);
    expect(y + w).toBeLessThanOrEqual(200 + 90 - 2 * cell + 1e-9);
  }
});
