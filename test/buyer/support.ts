import { afterAll, beforeAll } from "vitest";
import type { Dialect } from "../../src/db/database.js";
import type { TestApp } from "../test-app.js";
import { ciiInvoice, DEMO_PUBLIC, DEMO_SUPPLIER } from "../invoices/factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, createInvoicesTestApp, depositParts, logIn, multipart, type Part, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";

// Buyer-side test helpers: deposits through the real API (the demo supplier to the Département's services).

let counter = 0;

/**
 * A CII invoice of the demo supplier to the Département, addressed like a real Chorus Pro invoice: the public buyer
 * identified by its SIRET (scheme 0009) and an IBAN written without spaces (BR-FR-CPRO rules). Also used by bench/buyer.
 */
export function buyerInvoiceXml(number: string, serviceCode = "DRIT"): Uint8Array {
  const xml = new TextDecoder()
    .decode(ciiInvoice({ seller: DEMO_SUPPLIER, number, serviceCode }))
    .replace(/(<ram:BuyerTradeParty>\s*)<ram:GlobalID[^>]*>[^<]*<\/ram:GlobalID>/, "$1")
    .replace(/(<ram:BuyerTradeParty>[\s\S]*?<ram:SpecifiedLegalOrganization>\s*<ram:ID schemeID=")[^"]*(">)[^<]*(<\/ram:ID>)/, (_m, head: string, mid: string, tail: string) => `${head}0009${mid}${DEMO_PUBLIC}${tail}`)
    .replace(">FR20 1254 2547 2569 8542 5874 698<", ">FR2012542547256985425874698<");
  return new TextEncoder().encode(xml);
}

/** Deposits an invoice of the demo supplier to the Département (service DRIT unless told), returns its id. */
export async function depositTo(t: TestApp, supplier: Session, serviceCode = "DRIT", attachments: Part[] = []): Promise<string> {
  const file = buyerInvoiceXml(`B-${++counter}`, serviceCode);
  const body = multipart([...depositParts(file, { recipientSiret: DEMO_PUBLIC, serviceCode }), ...attachments]);
  const res = await t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...supplier.headers, ...body.headers } });
  if (res.statusCode !== 201) throw new Error(`deposit failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Every field a processing request may need, so a table-driven test only meets the lifecycle's refusals. */
export const FULL_FIELDS = {
  motif: "Bon de livraison manquant",
  reason: "JUSTIF_ABS",
  expectedDocuments: ["Bon de livraison signé"],
  mandateNumber: "M-2026-001",
  paymentDate: "2026-03-10",
  amountPaid: "1234.56",
};

/** POSTs a processing request. */
export function processRequest(t: TestApp, session: Session, id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/transitions`, headers: { ...session.headers, ...headers }, payload: body });
}

/** The app of a buyer test file and the three demo sessions it acts with. */
export interface BuyerTest {
  t: TestApp;
  supplier: Session;
  manager: Session;
  agent: Session;
}

/** Registers the usual hooks of a buyer test file: one app (closed after the file) and the demo supplier, manager and agent logged in. */
export function withBuyerApp(dialect: Dialect, use: (test: BuyerTest) => void): void {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    use({ t, supplier: await logIn(t, SUPPLIER_EMAIL), manager: await logIn(t, BUYER_MANAGER_EMAIL), agent: await logIn(t, AGENT_EMAIL) });
  });
  afterAll(async () => t?.close());
}
