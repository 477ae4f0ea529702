/**
 * Spreadsheet programs run a cell that starts with = + - @ (and, through their CSV import, a tab
 * carriage return or line feed before one) as a formula: a product named `=HYPERLINK("http://evil…")` in an
 * export would run on the organizer's machine. Every exported text cell that starts so gets the
 * apostrophe Excel itself uses to mean "this is text"; the readers take it off again, so an
 * exported list imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reader's side: an apostrophe that neutralised a formula start is not part of the text. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
