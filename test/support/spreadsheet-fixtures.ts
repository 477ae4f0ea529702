import { defineSpreadsheetImport } from '../../src/server/spreadsheet/define-import.ts';
import { parsers } from '../../src/server/spreadsheet/parsers.ts';

/** A small import for the engine's own tests: people with a birth day and a number of seats. */
export const peopleImport = defineSpreadsheetImport<{ name: string; born: string; seats: number }, 'name' | 'born' | 'seats', { maxSeats: number }>({
  id: 'test.people',
  source: import.meta.url,
  columns: [
    { key: 'name', header: { vi: 'Họ và tên', en: 'Full name' }, required: true, aliases: ['Tên'], parse: parsers.text(40) },
    { key: 'born', header: { vi: 'Ngày sinh', en: 'Date of birth' }, required: true, aliases: [], parse: parsers.date() },
    { key: 'seats', header: { vi: 'Số chỗ', en: 'Seats' }, required: false, aliases: ['Chỗ'], parse: parsers.integer(1, 10) },
  ],
  messages: {
    too_many_seats: (d) => ({ vi: `Quá ${d.detail} chỗ.`, en: `More than ${d.detail} seats.` }),
  },
  parseRow(row) {
    const name = row.required('name') === undefined ? undefined : row.value<string>('name');
    const born = row.required('born') === undefined ? undefined : row.value<string>('born');
    const seats = row.value<number>('seats') ?? 1;
    if (seats > row.options.maxSeats) row.error('too_many_seats', 'seats', String(seats), String(row.options.maxSeats));
    return name === undefined || born === undefined ? undefined : { name, born, seats };
  },
  duplicate: { code: 'duplicate_row', column: 'name', key: (row) => row.text('name').toLowerCase() || undefined },
});
