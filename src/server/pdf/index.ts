// The shared PDF document kit: see README.md.
export { createPdfDocument, PdfDocument, type PdfDocumentOptions } from './pdf-document.ts';
export { programmeLetterhead, PROGRAMME_LETTERHEAD, type Letterhead } from './letterhead.ts';
export { formatDate, formatDateTime, formatNumber, formatVnd, placeAndDate } from './format.ts';
export type { TableColumn, TableSpec, Cell } from './table.ts';
export type { Signature } from './signatures.ts';
export type { SummaryItem } from './summary.ts';
export { canRender } from './fonts.ts';
export { sendPdf } from './send-pdf.ts';
