import type { Db } from "../../db/transaction.js";
import { findPublicServicesAfter, findPublicStructuresAfter } from "./directory-export.repository.js";
import { SERVICE_HEADER, STRUCTURE_HEADER, serviceCsvLine, structureCsvLine } from "./domain/csv-write.js";

/** Receives the export's text chunk by chunk (a file stream, a buffer in tests). */
export type TextSink = (chunk: string) => Promise<void> | void;

const PAGE = 5_000;

/**
 * Writes the public directory in the national layout (structures file, services file) so that importing the output
 * gives the same directory back. Returns how many lines each file holds (header excluded).
 */
export async function exportDirectory(db: Db, sinks: { structures: TextSink; services: TextSink }): Promise<{ structures: number; services: number }> {
  let structures = 0;
  await sinks.structures(`${STRUCTURE_HEADER}\n`);
  for (let after = ""; ; ) {
    const page = await findPublicStructuresAfter(db, after, PAGE);
    if (page.length === 0) break;
    await sinks.structures(page.map((s) => `${structureCsvLine(s)}\n`).join(""));
    structures += page.length;
    after = page[page.length - 1]!.siret;
  }
  let services = 0;
  await sinks.services(`${SERVICE_HEADER}\n`);
  for (let after = { siret: "", code: "" }; ; ) {
    const page = await findPublicServicesAfter(db, after, PAGE);
    if (page.length === 0) break;
    await sinks.services(page.map((s) => `${serviceCsvLine(s, s.structureName)}\n`).join(""));
    services += page.length;
    const last = page[page.length - 1]!;
    after = { siret: last.siret, code: last.code };
  }
  return { structures, services };
}
