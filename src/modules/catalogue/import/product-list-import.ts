import { defineSpreadsheetImport } from '../../../server/spreadsheet/define-import.ts';
import { COLUMNS, type ColumnKey } from './columns.ts';
import { MESSAGES } from './import-problems.ts';
import type { ImportRow } from './import-row.ts';
import { parseRow, type ProductListOptions } from './parse-row.ts';
import { producerKey, productKey } from './producer-key.ts';

/**
 * An official OCOP product list (one row per product with its certificate), as the spreadsheet
 * engine reads it. TEMPLATE.md describes the columns for people.
 */
export const productListImport = defineSpreadsheetImport<ImportRow, ColumnKey, ProductListOptions>({
  id: 'catalogue.product-list',
  source: import.meta.url,
  columns: COLUMNS,
  messages: MESSAGES,
  skipSingleValueRows: true,
  parseRow,
  // A product listed twice for the same producer is reported on the later row; the identity is
  // read from the raw cells, so a duplicate is caught even when one of the rows has other errors.
  duplicate: {
    code: 'duplicate_product',
    column: 'productName',
    key(row) {
      const product = row.text('productName');
      const producer = row.text('producerName');
      if (product === '' || producer === '') return undefined;
      return `${producerKey(producer, row.text('address'))}\u0000${productKey(product)}`;
    },
  },
});
