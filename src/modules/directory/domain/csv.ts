// Semicolon-separated values as the national directory writes them: a header row, fields quoted with "..." when they
// hold a separator, a quote or a line break ("" inside quotes is one quote), CRLF or LF, an optional UTF-8 BOM.

/** One record of a CSV file: its fields and the line (1-based) where it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Raised for text that cannot be split into records (an unclosed quote); names the line where it starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const SEPARATOR = ";";

/** Splits CSV text into records; blank lines are skipped. Throws CsvSyntaxError on an unclosed quote. */
export function parseCsv(text: string): CsvRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < body.length) {
    const end = lineEnd(body, pos);
    const raw = body.slice(pos, end);
    if (!raw.includes('"')) {
      // Fast path: most lines hold no quote at all.
      const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (content.length > 0) records.push({ line, fields: content.split(SEPARATOR) });
      pos = end + 1;
      line++;
      continue;
    }
    const parsed = parseQuotedRecord(body, pos, line);
    records.push({ line, fields: parsed.fields });
    line += parsed.lines;
    pos = parsed.next;
  }
  return records;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i === -1 ? text.length : i;
}

/** Reads one record that holds quotes, possibly over several lines; returns its fields and where the next begins. */
function parseQuotedRecord(text: string, start: number, line: number): { fields: string[]; next: number; lines: number } {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let lines = 1;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") lines++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === SEPARATOR) {
      fields.push(field);
      field = "";
    } else if (c === "\n") break;
    else if (c !== "\r" || text[i + 1] !== "\n") field += c;
  }
  if (quoted) throw new CsvSyntaxError(line, "guillemet ouvrant sans guillemet fermant");
  fields.push(field);
  return { fields, next: i + 1, lines };
}

/** One CSV line (without its line break), quoting the fields that need it. */
export function formatCsvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[;"\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(SEPARATOR);
}
