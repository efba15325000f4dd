import type { Db } from "../../db/transaction.js";

// Which stored files something still points to: an invoice's original, or any file of an invoice (attachments,
// generated files). Drafts hold no file (their form is in the row), so these two cover every reference.

/** The hashes among `shas` that an invoice or an invoice file references. */
export async function findReferencedShas(db: Db, shas: readonly string[]): Promise<Set<string>> {
  const referenced = new Set<string>();
  if (shas.length === 0) return referenced;
  const list = [...shas];
  const files = await db.selectFrom("invoice_files").select("sha256").where("sha256", "in", list).execute();
  for (const f of files) referenced.add(f.sha256);
  const originals = await db.selectFrom("invoices").select("original_sha256").where("original_sha256", "in", list).execute();
  for (const o of originals) if (o.original_sha256) referenced.add(o.original_sha256);
  return referenced;
}
