import Papa from "papaparse";

// A pasted list of participants, as typed or as copied from a spreadsheet: one person per line,
// "name, e-mail, group" (e-mail and group optional). A line with a tab is tab-separated (what a
// spreadsheet copies; "Doe, Jane" is then one name), otherwise comma-separated; quotes work as in
// CSV. A first line of column titles is recognised and tells which column is which.

export type ParticipantLine = { line: number; displayName: string; email: string; group: string };

type Column = "displayName" | "email" | "group";

const headerTitles: Record<Column, readonly string[]> = {
  displayName: ["name", "full name", "display name", "participant", "person"],
  email: ["e-mail", "email", "e-mail address", "email address", "mail"],
  group: ["group", "team", "department", "function", "business unit"],
};

function fieldsOf(text: string): string[] {
  const delimiter = text.includes("\t") ? "\t" : ",";
  // People type a space after a comma; strict CSV would then not see the quotes that follow it.
  const input = delimiter === "," ? text.replace(/,[ ]+"/g, ',"').replace(/"[ ]+,/g, '",') : text;
  const { data } = Papa.parse<string[]>(input, { delimiter, quoteChar: '"', header: false, skipEmptyLines: false });
  return (data[0] ?? []).map((field) => field.trim());
}

function columnOf(title: string): Column | null {
  const normalized = title.toLocaleLowerCase("en").replace(/[*:]/g, "").trim();
  for (const [column, titles] of Object.entries(headerTitles) as [Column, readonly string[]][]) if (titles.includes(normalized)) return column;
  return null;
}

/** A header names the name or e-mail column and holds no e-mail address itself. */
function headerColumns(fields: readonly string[]): (Column | null)[] | null {
  if (fields.some((field) => field.includes("@"))) return null;
  const columns = fields.map(columnOf);
  return columns.includes("displayName") || columns.includes("email") ? columns : null;
}

function byPosition(line: number, fields: readonly string[]): ParticipantLine {
  const [displayName = "", second = "", third = ""] = fields;
  // Three fields are name, e-mail, group; with two, the second is whichever it looks like.
  if (fields.length >= 3) return { line, displayName, email: second, group: third };
  const isEmail = second.includes("@");
  return { line, displayName, email: isEmail ? second : "", group: isEmail ? "" : second };
}

function byHeader(line: number, fields: readonly string[], columns: readonly (Column | null)[]): ParticipantLine {
  const entry: ParticipantLine = { line, displayName: "", email: "", group: "" };
  columns.forEach((column, index) => {
    if (column && !entry[column]) entry[column] = fields[index] ?? "";
  });
  return entry;
}

export function parseParticipantList(raw: string): { entries: ParticipantLine[]; headerLine: number | null } {
  const lines = raw
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, fields: fieldsOf(text) }))
    .filter(({ fields }) => fields.some((field) => field !== ""));
  const first = lines[0];
  const columns = first ? headerColumns(first.fields) : null;
  const rows = columns ? lines.slice(1) : lines;
  return {
    entries: rows.map(({ line, fields }) => (columns ? byHeader(line, fields, columns) : byPosition(line, fields))),
    headerLine: columns ? first!.line : null,
  };
}
