// BR-CL-01, 06, 07, 08: document type, VAT point date code, object identifier scheme, note subject (CEN 1.3.16).
import { UNTDID1001_CII, UNTDID1001_UBL_CREDIT_NOTE, UNTDID1001_UBL_INVOICE } from "../../../codelists/untdid1001.js";
import { UNTDID1153 } from "../../../codelists/untdid1153.js";
import { UNTDID2005_VAT_POINT } from "../../../codelists/untdid2005.js";
import { UNTDID2475_VAT_POINT } from "../../../codelists/untdid2475.js";
import { UNTDID4451_CII, UNTDID4451_UBL } from "../../../codelists/untdid4451.js";
import type { Rule } from "../../rule.js";
import { childEquals, kids, stringLength } from "../../support/vat-xpath.js";
import { codeListRule, elements, inList } from "./code-list-rule.js";

const UBL_SUBJECTS = ` ${[...UNTDID4451_UBL].join(" ")} `;

/** UBL BR-CL-08: a note `#CODE#text` whose three-character code is not found in the list (a substring test). */
function ublNoteSubjectValid(note: string): boolean {
  const first = note.indexOf("#");
  if (first < 0) return true;
  const rest = note.slice(first + 1);
  const second = rest.indexOf("#");
  const code = second < 0 ? "" : rest.slice(0, second);
  if (stringLength(code) !== 3) return true;
  return UBL_SUBJECTS.includes(code);
}

/** The BR-CL rules on document codes. */
export const brClDocumentRules: Rule[] = [
  codeListRule({
    id: "BR-CL-01",
    terms: ["BT-3"],
    fr: "Le code de type de document (BT-3) doit appartenir à la liste UNTDID 1001 admise pour une facture ou un avoir, par exemple 380 (facture), 381 (avoir), 384 (facture rectificative) ou 389 (autofacture) ({value}).",
    en: "The document type code (BT-3) MUST be coded by the invoice and credit note related code lists of UNTDID 1001 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:TypeCode", "rsm:ExchangedDocument"), valid: (v) => inList(v, UNTDID1001_CII) },
    ubl: {
      nodes: (root) => [...elements(root, "cbc:InvoiceTypeCode"), ...elements(root, "cbc:CreditNoteTypeCode")],
      valid: (v, n) => inList(v, n.key === "cbc:InvoiceTypeCode" ? UNTDID1001_UBL_INVOICE : UNTDID1001_UBL_CREDIT_NOTE),
    },
  }),
  codeListRule({
    id: "BR-CL-06",
    terms: ["BT-8"],
    fr: "Le code de date d'exigibilité de la TVA (BT-8) doit valoir 5 (date de facture), 29 (date de livraison) ou 72 (date de paiement) en CII, 3, 35 ou 432 en UBL ({value}).",
    en: "The Value added tax point date code (BT-8) MUST be coded using a restriction of UNTDID 2475 (CII) or 2005 (UBL) ({value}).",
    cii: { nodes: (root) => elements(root, "ram:DueDateTypeCode"), valid: (v) => inList(v, UNTDID2475_VAT_POINT) },
    ubl: { nodes: (root) => elements(root, "cbc:DescriptionCode", "cac:InvoicePeriod"), valid: (v) => inList(v, UNTDID2005_VAT_POINT) },
  }),
  codeListRule({
    id: "BR-CL-07",
    terms: ["BT-18"],
    fr: "Le schéma de l'identifiant d'objet facturé (BT-18) doit être un code de la liste UNTDID 1153, par exemple AAG ({value}).",
    en: "The Invoiced object identifier scheme (BT-18) MUST be coded using a restriction of UNTDID 1153 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:ReferenceTypeCode"), valid: (v) => inList(v, UNTDID1153) },
    ubl: {
      nodes: (root) =>
        elements(root, "cbc:ID", undefined, "schemeID").filter(
          (id) => (id.parent?.key === "cac:AdditionalDocumentReference" || id.parent?.key === "cac:DocumentReference") && childEquals(id.parent, "cbc:DocumentTypeCode", "130"),
        ),
      attribute: "schemeID",
      valid: (v) => inList(v, UNTDID1153),
    },
  }),
  codeListRule({
    id: "BR-CL-08",
    terms: ["BT-21"],
    fr: "Le code de sujet d'une note (BT-21) doit appartenir à la liste UNTDID 4451, par exemple AAI (information générale), PMT ou REG ({value}).",
    en: "The invoice note subject code (BT-21) MUST be coded using a restriction of UNTDID 4451 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:SubjectCode"), valid: (v) => inList(v, UNTDID4451_CII) },
    ubl: { nodes: (root) => kids(root, "cbc:Note"), valid: (v) => ublNoteSubjectValid(v) },
  }),
];
