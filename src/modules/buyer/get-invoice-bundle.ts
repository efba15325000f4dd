import { strToU8, zipSync, type Zippable } from "fflate";
import type { Deps } from "../../deps.js";
import { type Actor, accessAdapter, getInvoice } from "../invoices/index.js";
import { convertOriginal } from "./convert-original.js";

const safeName = (name: string): string => name.replace(/[^\w.-]/g, "_").slice(0, 120) || "fichier";

/**
 * The hand-over bundle of an invoice (ZIP): the original as deposited, the invoice rewritten as CII and UBL from the
 * model read from the original (absent for a PDF without structured data, said so in the manifest), the attachments
 * and the history as JSON. For whoever may read the invoice, supplier or recipient.
 */
export async function getInvoiceBundle(deps: Deps, actor: Actor, id: string): Promise<{ number: string; zip: Uint8Array }> {
  const { invoice, events, files } = await getInvoice(deps, accessAdapter, actor, id);
  const entries: Zippable = {};
  const notes: string[] = [];
  const used = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let i = 2; used.has(candidate); i++) candidate = name.replace(/(\.[^.]*)?$/, `-${i}$1`);
    used.add(candidate);
    return candidate;
  };
  let original: Uint8Array | undefined;
  for (const file of files) {
    const bytes = await deps.files.get(file.sha256);
    if (!bytes) {
      notes.push(`Fichier introuvable dans le stockage : ${file.name} (${file.sha256}).`);
      continue;
    }
    if (file.kind === "ORIGINAL") {
      original = bytes;
      entries[unique(`original/${safeName(file.name)}`)] = bytes;
    } else {
      entries[unique(`pieces-jointes/${safeName(file.name)}`)] = bytes;
    }
  }
  if (original) {
    const converted = await convertOriginal(original);
    if (converted) {
      entries["facture-cii.xml"] = converted.cii;
      entries["facture-ubl.xml"] = converted.ubl;
    } else {
      notes.push("L'original ne contient pas de facture structurée (CII, UBL ou Factur-X) : pas de version CII ni UBL.");
    }
  }
  const history = events.map((e) => ({ id: Number(e.id), at: e.at, action: e.action, from: e.from_status, to: e.to_status, actor: { id: e.actor_id, name: e.actor_name, role: e.actor_role }, motif: e.motif, details: JSON.parse(e.details) as unknown }));
  entries["historique.json"] = strToU8(JSON.stringify({ invoiceId: invoice.id, number: invoice.number, status: invoice.status, history }, null, 2));
  entries["manifeste.json"] = strToU8(
    JSON.stringify(
      {
        invoiceId: invoice.id,
        number: invoice.number,
        supplierSiret: invoice.supplier_siret,
        recipientSiret: invoice.recipient_siret,
        originalSha256: invoice.original_sha256,
        generatedAt: deps.clock.now().toISOString(),
        files: Object.keys(entries).sort(),
        notes,
      },
      null,
      2,
    ),
  );
  // A fixed date in the ZIP headers: the same invoice state gives the same bytes.
  return { number: invoice.number, zip: zipSync(entries, { level: 6, mtime: new Date("2026-01-01T00:00:00Z") }) };
}
