import { CsvSyntaxError, type CsvRecord, parseCsv } from "./csv.js";
import { SERVICE_COLUMNS, STRUCTURE_COLUMNS } from "./csv-layout.js";
import { type ColumnIndex, isProblem, type LineProblem, readHeader } from "./csv-problem.js";
import { readServiceLine, type ServiceLine } from "./service-line.js";
import type { Structure } from "./structure.js";
import { readStructureLine } from "./structure-line.js";

/** A file to import: its name (for messages) and its text. */
export interface DirectoryFile {
  name: string;
  text: string;
}

/** A refused line, with the file it is in. */
export interface FileProblem extends LineProblem {
  file: string;
}

/** What the files say, or every problem found in them. */
export interface DirectoryFiles {
  structures: Structure[];
  services: ServiceLine[];
  problems: FileProblem[];
}

/** Called as lines are read: how many of how many. */
export type LineProgress = (done: number, total: number) => void;

/** Reads and checks both files completely (nothing is written before every line is known to be good). */
export function readDirectoryFiles(structuresFile: DirectoryFile, servicesFile?: DirectoryFile, onProgress?: LineProgress): DirectoryFiles {
  const problems: FileProblem[] = [];
  const structureRecords = parse(structuresFile, problems);
  const serviceRecords = servicesFile ? parse(servicesFile, problems) : [];
  const total = structureRecords.length + serviceRecords.length;
  const tick = (done: number) => onProgress && done % 1000 === 0 && done < total && onProgress(done, total);

  const structures = readRecords(structuresFile.name, structureRecords, STRUCTURE_COLUMNS, problems, {
    read: readStructureLine,
    key: (s) => s.siret,
    duplicate: (s, first) => ({ column: "Identifiant", reason: `SIRET ${s.siret} déjà présent ligne ${first}` }),
    tick,
  });
  const services = servicesFile
    ? readRecords(servicesFile.name, serviceRecords, SERVICE_COLUMNS, problems, {
        read: readServiceLine,
        key: (s) => `${s.siret};${s.code}`,
        duplicate: (s, first) => ({ column: "Code", reason: `code service ${s.code} déjà présent ligne ${first} pour ce SIRET` }),
        tick: (done) => tick(structureRecords.length + done),
      })
    : [];
  onProgress?.(total, total);
  return { structures, services, problems };
}

interface LineReader<C extends string, T> {
  read(record: CsvRecord, columns: ColumnIndex<C>, width: number): T | LineProblem[];
  key(value: T): string;
  duplicate(value: T, firstLine: number): Omit<LineProblem, "line">;
  tick(done: number): void;
}

/** Reads every line after the header, refusing bad lines and second occurrences of a key. */
function readRecords<C extends string, T>(file: string, records: CsvRecord[], expected: readonly C[], problems: FileProblem[], reader: LineReader<C, T>): T[] {
  const header = readHeader(records[0], expected);
  if (isProblem(header)) {
    problems.push({ file, ...header });
    return [];
  }
  const width = records[0]?.fields.length ?? 0;
  const firstLine = new Map<string, number>();
  const values: T[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] as CsvRecord;
    const read = reader.read(record, header, width);
    if (Array.isArray(read)) problems.push(...read.map((p) => ({ file, ...p })));
    else {
      const key = reader.key(read);
      const first = firstLine.get(key);
      if (first !== undefined) problems.push({ file, line: record.line, ...reader.duplicate(read, first) });
      else {
        firstLine.set(key, record.line);
        values.push(read);
      }
    }
    reader.tick(i + 1);
  }
  return values;
}

function parse(file: DirectoryFile, problems: FileProblem[]): CsvRecord[] {
  try {
    return parseCsv(file.text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ file: file.name, line: error.line, reason: error.message });
    return [];
  }
}
