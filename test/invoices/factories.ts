import fs from "node:fs";
import path from "node:path";
import { AFRelationship, PDFDocument, StandardFonts } from "pdf-lib";
import type { Db } from "../../src/db/transaction.js";
import type { AccessPort, Actor, InvoicePermission } from "../../src/modules/invoices/index.js";

// Booleans are written 0/1: the SQLite boolean plugin does not reach multi-row inserts.
// Test data for the invoices module: a directory with the flag combinations the deposit checks care about, and
// structured invoices derived from a real corpus file (read at ../shared/corpus, never copied).

export const CORPUS = path.resolve("../shared/corpus");
export const SUPPLIER = "12345678200077"; // the seller SIRET written in the corpus invoice
export const OTHER_SUPPLIER = "44444444400012";
export const RECIPIENT = "21060088800015"; // code service required; service SERVEXEC active, OLDSERV inactive
export const RECIPIENT_EJ = "21060088800023"; // engagement required
export const RECIPIENT_EITHER = "21060088800031"; // code service or engagement required
export const RECIPIENT_INACTIVE = "21060088800049";
export const UNKNOWN_SIRET = "55555555500013";
/** The demo accounts' structures (accounts module): the supplier company and the Département. */
export const DEMO_SUPPLIER = "89900000400015";
export const DEMO_PUBLIC = "22060001900016";

const template = fs.readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/xml/factur-x-en16931.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");

export interface CiiOptions {
  number?: string;
  seller?: string;
  serviceCode?: string | null;
  order?: string | null;
  issueDate?: string;
  /** The buyer's SIRET written in BT-47 (scheme 0009), as B2G invoices must (BR-FR-CPRO-10); null: none. */
  buyer?: string | null;
}

/** The French VAT number of a SIREN (key = (12 + 3 × (SIREN mod 97)) mod 97). */
export function frenchVatId(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${siren}`;
}

/** A valid EN 16931 CII invoice (about 40 KB) with the given number, seller SIRET (and its SIREN and VAT number), BT-10 and BT-13. */
export function ciiInvoice(options: CiiOptions = {}): Uint8Array {
  const seller = options.seller ?? SUPPLIER;
  let xml = template
    .replace("<ram:ID>F20260023</ram:ID>", `<ram:ID>${options.number ?? "F20260023"}</ram:ID>`)
    .replace(">12345678200077<", `>${seller}<`)
    .replace('<ram:ID schemeID="0002">123456782</ram:ID>', `<ram:ID schemeID="0002">${seller.slice(0, 9)}</ram:ID>`)
    .replace(">FR11123456782<", `>${frenchVatId(seller.slice(0, 9))}<`)
    .replace(">FR20 1254 2547 2569 8542 5874 698<", ">FR2012542547256985425874698<");
  const buyer = options.buyer === undefined ? RECIPIENT : options.buyer;
  if (buyer) xml = xml.replace('<ram:ID schemeID="0002">987654321</ram:ID>', `<ram:ID schemeID="0009">${buyer}</ram:ID>`).replaceAll("FR 05 987 654 321", frenchVatId(buyer.slice(0, 9)));
  xml = xml
    .replace(">20260131</udt:DateTimeString>", `>${(options.issueDate ?? "2026-01-31").replaceAll("-", "")}</udt:DateTimeString>`);
  xml = options.serviceCode === null ? xml.replace(/<ram:BuyerReference>SERVEXEC<\/ram:BuyerReference>/, "") : xml.replace(">SERVEXEC<", `>${options.serviceCode ?? "SERVEXEC"}<`);
  xml = options.order === null ? xml.replace(/<ram:BuyerOrderReferencedDocument>\s*<ram:IssuerAssignedID>PO201925478<\/ram:IssuerAssignedID>\s*<\/ram:BuyerOrderReferencedDocument>/, "") : xml.replace(">PO201925478<", `>${options.order ?? "PO201925478"}<`);
  return new TextEncoder().encode(xml);
}

/** The corpus Factur-X PDF (EN 16931 profile, number F20260023, seller 12345678200077). */
export function facturxPdf(): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf")));
}

/**
 * A Factur-X-like PDF made for the tests: one page and the invoice XML attached as factur-x.xml (pdf-lib's attach;
 * not PDF/A-3, which the portal does not require to read it). The corpus Factur-X PDFs carry no French public buyer.
 */
export async function builtFacturxPdf(xml: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText("Facture (Factur-X)", { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  await doc.attach(xml, "factur-x.xml", { mimeType: "text/xml", description: "Factur-X", afRelationship: AFRelationship.Data });
  return doc.save();
}

/** A plain PDF (no embedded invoice) with the given lines of text, made with pdf-lib. */
export async function plainPdf(text = "Facture P-2026-7"): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, line] of text.split("\n").entries()) page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font });
  return doc.save();
}

/** Inserts the directory the tests route to (through the tables: the directory module has no write API for tests). */
export async function seedDirectory(db: Db, at = "2026-01-01T00:00:00.000Z"): Promise<void> {
  const structure = (siret: string, name: string, kind: string, flags: Partial<Record<"service_code_required" | "engagement_required" | "service_or_engagement_required" | "active", boolean>> = {}) => ({
    siret,
    siren: siret.slice(0, 9),
    identifier_type: "SIRET",
    name,
    name_search: name.toLowerCase(),
    kind,
    service_code_required: flags.service_code_required ? 1 : 0,
    engagement_required: flags.engagement_required ? 1 : 0,
    service_or_engagement_required: flags.service_or_engagement_required ? 1 : 0,
    payment_status_reported: 0,
    is_moa: 0,
    is_moa_only: 0,
    edi_sender: 0,
    edi_receiver: 0,
    active: flags.active === false ? 0 : 1,
    address_line1: null,
    address_line2: null,
    address_line3: null,
    postal_code: null,
    city: null,
    country_code: "FR",
    country_label: null,
    phone: null,
    email: null,
    payment_delay_days: 30,
    created_at: at,
    updated_at: at,
  });
  await db
    .insertInto("structures")
    .values([
      structure(SUPPLIER, "LE FOURNISSEUR", "PRIVEE"),
      structure(OTHER_SUPPLIER, "AUTRE FOURNISSEUR", "PRIVEE"),
      structure(RECIPIENT, "DEPARTEMENT TEST", "PUBLIQUE", { service_code_required: true }),
      structure(RECIPIENT_EJ, "COMMUNE TEST", "PUBLIQUE", { engagement_required: true }),
      structure(RECIPIENT_EITHER, "SYNDICAT TEST", "PUBLIQUE", { service_or_engagement_required: true }),
      structure(RECIPIENT_INACTIVE, "ANCIEN ETABLISSEMENT", "PUBLIQUE", { active: false }),
      structure(DEMO_PUBLIC, "DEPARTEMENT DES ALPES-MARITIMES", "PUBLIQUE", { service_code_required: true }),
    ])
    .execute();
  const service = (code: string, active: boolean, engagement = false, siret = RECIPIENT) => ({
    structure_siret: siret,
    code,
    code_search: code.toLowerCase(),
    name: `Service ${code}`,
    name_search: `service ${code.toLowerCase()}`,
    engagement_required: engagement ? 1 : 0,
    payment_status_reported: 0,
    active: active ? 1 : 0,
    valid_from: null,
    valid_to: null,
    external_id: null,
    created_at: at,
    updated_at: at,
  });
  await db.insertInto("services").values([service("SERVEXEC", true), service("OLDSERV", false), service("ACHATS", true, true), service("DRIT", true, false, DEMO_PUBLIC), service("DRH", true, false, DEMO_PUBLIC)]).execute();
}

/** An access port granting fixed permissions per actor (for use-case tests; HTTP tests use real accounts). */
export function grantedAccess(grants: Record<string, Partial<Record<InvoicePermission, string[]>>>): AccessPort {
  const forbid = () => Object.assign(new Error("Vous n'avez pas les droits pour cette action."), { code: "FORBIDDEN", status: 403 });
  return {
    async requireAccess(_db, actor, siret, action) {
      if (!(grants[actor.id]?.[action] ?? []).includes(siret)) throw forbid();
    },
    async structuresFor(_db, actor, action) {
      return grants[actor.id]?.[action] ?? [];
    },
  };
}

export const ALICE: Actor = { id: "alice", name: "Alice Fournisseur", kind: "user", principal: null };
