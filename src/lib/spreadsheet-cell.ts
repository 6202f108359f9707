// Text that a spreadsheet would read as a formula (CSV or formula injection): a cell starting with
// =, +, -, @, a tab or a carriage return. Participants write comments, so every text cell of an
// export goes through this; a leading apostrophe makes Excel, LibreOffice and Google Sheets show
// the text as it was typed instead of evaluating it. Numbers the app computed are written as
// numbers and need no guard.

const FORMULA_START = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseCell(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
