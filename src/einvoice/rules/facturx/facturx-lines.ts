// Factur-X 1.09 rules on the line hierarchy (EXTENDED: BR-FXEXT-06, BR-FXEXT-08), the item attribute type code list
// (BR-FXEXT-04) and German domestic invoices (BR-FX-EN-04, BASIC and EN 16931), written from the official assertions.
import { child, type XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Severity, Violation } from "../rule.js";
import { elementsOf } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import { firstAt, LINE_NET_AMOUNT, LINE_STATUS, someAt } from "./fx-children.js";
import { normalizeXmlSpace } from "../../xml/xml-space.js";

const norm = normalizeXmlSpace;
/** `normalize-space(path)` (the first node; the assertions assume one). */
const normAt = (e: XmlElement | undefined, path: readonly string[]): string => {
  const first = firstAt(e, path);
  return first ? norm(stringValue(first)) : "";
};
// The child paths read on every line (constants: no list of keys made per call).
const LINE_ID = ["ram:AssociatedDocumentLineDocument", "ram:LineID"] as const;
const PARENT_LINE_ID = ["ram:AssociatedDocumentLineDocument", "ram:ParentLineID"] as const;

/** The subtype of a line (BT-X-8): the first LineStatusReasonCode on the line, its document or its settlement. */
function subtypeOf(line: XmlElement): string {
  for (const c of line.children) {
    if (c.key === "ram:LineStatusReasonCode") return norm(stringValue(c));
    if (c.key === "ram:AssociatedDocumentLineDocument" || c.key === "ram:SpecifiedLineTradeSettlement") {
      const code = child(c, "ram:LineStatusReasonCode");
      if (code) return norm(stringValue(code));
    }
  }
  return "";
}

/** BR-FXEXT-06: a line with a parent (BT-X-304), or that another line names as parent, gives its subtype (BT-X-8). */
function linesWithoutSubtype(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const lines = elementsOf(root, "ram:IncludedSupplyChainTradeLineItem");
  // Per list of sibling lines: how many of them name each parent id.
  const parentCounts = new Map<XmlElement | undefined, Map<string, number>>();
  const countsOf = (parent: XmlElement | undefined) => {
    let counts = parentCounts.get(parent);
    if (!counts) {
      counts = new Map();
      for (const sibling of parent?.children ?? []) {
        if (sibling.key !== "ram:IncludedSupplyChainTradeLineItem") continue;
        const id = normAt(sibling, PARENT_LINE_ID);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      parentCounts.set(parent, counts);
    }
    return counts;
  };
  for (const line of lines) {
    if (subtypeOf(line) !== "") continue;
    const parentId = normAt(line, PARENT_LINE_ID);
    const id = normAt(line, LINE_ID);
    const namedBy = (countsOf(line.parent).get(id) ?? 0) - (parentId === id ? 1 : 0);
    if (parentId !== "" || namedBy > 0) out.push(line);
  }
  return out;
}

const lineAmount = (line: XmlElement): number => {
  const text = normAt(line, LINE_NET_AMOUNT);
  return text === "" ? Number.NaN : Number(text);
};
const isGroup = (status: XmlElement): boolean => stringValue(status) === "GROUP";
const isDetailOrGroup = (status: XmlElement): boolean => {
  const code = stringValue(status);
  return code === "DETAIL" || code === "GROUP";
};

/**
 * BR-FXEXT-08: every GROUP line giving a net amount equals the sum of the net amounts of its DETAIL and GROUP sub-lines
 * (in xs:double, compared exactly, as the assertion does). The assertion's context is every line and its test is
 * global: when it fails, every line of the invoice is reported, as the official Schematron does.
 */
function groupTotalsWrong(root: XmlElement): readonly XmlElement[] {
  const lines = elementsOf(root, "ram:IncludedSupplyChainTradeLineItem");
  const ok = lines.every((item) => {
    if (!someAt(item, LINE_STATUS, isGroup) || normAt(item, LINE_NET_AMOUNT) === "") return true;
    const id = normAt(item, LINE_ID);
    let sum = 0;
    for (const other of lines) {
      if (normAt(other, PARENT_LINE_ID) === id && someAt(other, LINE_STATUS, isDetailOrGroup)) sum += lineAmount(other);
    }
    return lineAmount(item) === sum;
  });
  return ok ? NO_ELEMENTS : [...lines];
}

// UNTDID 6313 with the Factur-X extension codes, as the EXTENDED Schematron lists them (BR-FXEXT-04).
const ATTRIBUTE_TYPES = new Set(
  (
    "A AAA AAB AAC AAD AAF AAG AAH AAI AAJ AAK AAM AAN AAO AAP AAQ AAR AAS AAT AAU AAV AAW AAX AAY AAZ ABA ABB ABC ABD ABE ABF ABG ABH " +
    "ABI ABJ ABK ABL ABM ABN ABO ABP ABS ABT ABX ABY ABZ ACA ACE ACG ACN ACP ACS ACV ACW ACX ADR ADS ADT ADU ADV ADW ADX ADY ADZ AEA AEB " +
    "AEC AED AEE AEF AEG AEH AEI AEJ AEK AEL AEM AEN AEO AEP AEQ AER AES AET AEU AEV AEW AEX AEY AEZ AF AFA AFB AFC AFD AFE AFF AFG AFH " +
    "AFI AFJ AFK AFL AFM AFN AFO AFP AFQ AFR AFS AFT AFU AFV AFW AFX B BL BMY BMZ BNA BNB BNC BND BNE BNF BNG BNH BNI BNJ BNK BNL BNM BNN " +
    "BNO BNP BNQ BNR BNS BNT BNU BNV BNW BNX BNY BNZ BR BRA BRB BRC BRD BRE BRF BRG BRH BRI BRJ BRK BRL BRM BRN BRO BRP BRQ BRR BRS BRT " +
    "BRU BRV BS BSW BSX BSY BSZ BTA BTB BTC BTD BTE BTF BTG BTH BTI BTJ BTK BTL BTM BW CHN CHO CM CT CV CZ D DI DL DN DP DR DS DW E EA F " +
    "FI FL FN FV GG GW HF HM HT IB ID L LM LN LND M MO MW N OD PRS PTN RA RF RJ RMW RP RUN RY SQ T TC TH TN TT VGM VH VW WA WD WM WU XH " +
    "XQ XZ YS ZAL ZAS ZB ZBI ZC ZCA ZCB ZCE ZCL ZCO ZCR ZCU ZFE ZFS ZGE ZH ZK ZMG ZMN ZMO ZN ZNA ZNB ZNI ZO ZP ZPB ZS ZSB ZSE ZSI ZSL ZSN " +
    "ZTA ZTE ZTI ZV ZW ZWA ZZN ZZR ZZZ BEST_BEFORE_DATE COLOR_TEXT COMMISSION DEPOSIT_SYSTEM DEPOSIT_TYPE ENERGY_CLASS EXPIRATION_DATE " +
    "FEE KIND_OF_ARTICLE MATERIAL METER_LOCATION METER_NUMBER ORGANIC_CONTROL_BODY PACKAGING_MATERIAL PACKAGING_TYPE PROMOTIONAL_VARIANT " +
    "SEAL_NUMBER SIZE_CODE SIZE_TEXT TRADING_UNIT WASTE_CODE WASTE_FRACTION WEEE_NUMBER"
  ).split(" "),
);

/** BR-FXEXT-04: item attribute type codes outside the list (a warning). */
function unknownAttributeTypes(root: XmlElement): Violation[] {
  const out: Violation[] = [];
  for (const code of elementsOf(root, "ram:TypeCode")) {
    if (code.parent?.key !== "ram:ApplicableProductCharacteristic") continue;
    const value = norm(stringValue(code));
    if (!ATTRIBUTE_TYPES.has(value)) out.push({ element: code, value });
  }
  return out;
}

const isDe = (country: XmlElement): boolean => norm(stringValue(country)).toUpperCase() === "DE";
// The countries of the parties, from a transaction.
const SELLER_COUNTRY = ["ram:ApplicableHeaderTradeAgreement", "ram:SellerTradeParty", "ram:PostalTradeAddress", "ram:CountryID"] as const;
const BUYER_COUNTRY = ["ram:ApplicableHeaderTradeAgreement", "ram:BuyerTradeParty", "ram:PostalTradeAddress", "ram:CountryID"] as const;
const INVOICER_COUNTRY = ["ram:ApplicableHeaderTradeSettlement", "ram:InvoicerTradeParty", "ram:PostalTradeAddress", "ram:CountryID"] as const;
const INVOICEE_COUNTRY = ["ram:ApplicableHeaderTradeSettlement", "ram:InvoiceeTradeParty", "ram:PostalTradeAddress", "ram:CountryID"] as const;
const DOCUMENT_TYPE = ["rsm:ExchangedDocument", "ram:TypeCode"] as const;
const DELIVERY = ["ram:ApplicableHeaderTradeDelivery"] as const;
const DELIVERY_DATE = ["ram:ApplicableHeaderTradeDelivery", "ram:ActualDeliverySupplyChainEvent", "ram:OccurrenceDateTime"] as const;
const HEADER_PERIOD = ["ram:ApplicableHeaderTradeSettlement", "ram:BillingSpecifiedPeriod"] as const;
const LINE_PERIOD = ["ram:SpecifiedLineTradeSettlement", "ram:BillingSpecifiedPeriod"] as const;
const saysSomething = (e: XmlElement): boolean => norm(stringValue(e)) !== "";
const notDownPayment = (type: XmlElement): boolean => stringValue(type) !== "386";

/**
 * BR-FX-EN-04 (BASIC, EN 16931; a warning): a German domestic invoice (seller or invoicer, and buyer or invoicee, in
 * Germany) that is not a down payment (386) gives a delivery date (BT-72), an invoicing period (BG-14) or a period on
 * every line (BG-26); without BT-72, the delivery part must say something (at least the country of delivery, BT-80).
 */
function germanWithoutDeliveryDate(root: XmlElement): readonly XmlElement[] {
  if (root.key !== "rsm:CrossIndustryInvoice") return NO_ELEMENTS;
  if (!someAt(root, DOCUMENT_TYPE, notDownPayment)) return NO_ELEMENTS;
  const out: XmlElement[] = [];
  for (const tx of root.children) {
    if (tx.key !== "rsm:SupplyChainTradeTransaction") continue;
    // From Germany first: most invoices are not, and their buyer's country need not be read.
    if (!someAt(tx, SELLER_COUNTRY, isDe) && !someAt(tx, INVOICER_COUNTRY, isDe)) continue;
    if (!someAt(tx, BUYER_COUNTRY, isDe) && !someAt(tx, INVOICEE_COUNTRY, isDe)) continue;
    // Read lazily, in the order that decides: a delivery date settles it.
    if (firstAt(tx, DELIVERY_DATE)) continue;
    const period = firstAt(tx, HEADER_PERIOD) !== undefined || tx.children.every((l) => l.key !== "ram:IncludedSupplyChainTradeLineItem" || firstAt(l, LINE_PERIOD) !== undefined);
    if (!period || !someAt(tx, DELIVERY, saysSomething)) out.push(tx);
  }
  return out;
}

function rule(id: string, severity: Severity, terms: string[], fr: string, en: string, check: (context: RuleContext) => Iterable<Violation>): Rule {
  return { id, set: "facturx", syntaxes: ["CII"], severity, terms, message: { fr, en }, check };
}

const NO_ELEMENTS: readonly XmlElement[] = [];
const NO_VIOLATIONS: readonly Violation[] = [];
const asViolations = (elements: readonly XmlElement[]): readonly Violation[] => (elements.length === 0 ? NO_VIOLATIONS : elements.map((element) => ({ element })));

/** The line hierarchy, item attribute and German delivery rules of Factur-X 1.09, by id. */
export const lineRules: ReadonlyMap<string, Rule> = new Map(
  [
    rule(
      "BR-FXEXT-04",
      "warning",
      ["BT-160"],
      "Le code de type de la caractéristique d'article ({value}) devrait être pris dans la liste UNTDID 6313 (extension Factur-X), pour un traitement automatique sans accord bilatéral.",
      "Only values from the code list UNTDID 6313 (Factur-X extension) should be used for the item attribute type code ({value}).",
      (c) => unknownAttributeTypes(c.root),
    ),
    rule(
      "BR-FXEXT-06",
      "fatal",
      ["BT-X-8", "BT-X-304"],
      "Une ligne rattachée à une ligne parente (BT-X-304), ou désignée comme parente par une autre ligne, doit indiquer son sous-type (BT-X-8 : DETAIL, GROUP ou INFORMATION).",
      "If the 'ID of the parent line' (BT-X-304) is used, the 'Subtype of the invoice item' (BT-X-8) must be specified for each item (BG-25) concerned.",
      (c) => asViolations(linesWithoutSubtype(c.root)),
    ),
    rule(
      "BR-FXEXT-08",
      "fatal",
      ["BT-X-8", "BT-131", "BT-X-304"],
      "Le montant net d'une ligne de regroupement (GROUP, BT-131) doit être égal à la somme des montants nets de ses sous-lignes DETAIL et GROUP : une ligne de regroupement ne tombe pas juste.",
      "If a 'Subtotal' (GROUP) line gives a net amount (BT-131), it must equal the sum of the BT-131 of its DETAIL and GROUP sub-lines.",
      (c) => asViolations(groupTotalsWrong(c.root)),
    ),
    rule(
      "BR-FX-EN-04",
      "warning",
      ["BT-72", "BG-14", "BG-26", "BT-80"],
      "Facture domestique allemande (hors acompte 386) : indiquez la date de livraison (BT-72), la période de facturation (BG-14) ou une période sur chaque ligne (BG-26) ; sans date de livraison, indiquez au moins le pays de livraison (BT-80).",
      "An invoice that is not a down payment invoice (386) must contain BT-72 'Actual delivery date', BG-14 'Invoicing period' or BG-26 'Invoice line period' on each line; if BT-72 is not used, at least the country of delivery (BT-80) must be given.",
      (c) => asViolations(germanWithoutDeliveryDate(c.root)),
    ),
  ].map((r) => [r.id, r]),
);
