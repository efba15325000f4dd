// BR-CL-13, 23, 24: item classification scheme, unit codes, attachment MIME codes (CEN 1.3.16).
import { MIME_CODES } from "../../../codelists/mime.js";
import { UNECE_REC20_UNITS } from "../../../codelists/unece-rec20.js";
import { UNTDID7143_ITEM_CLASSIFICATIONS } from "../../../codelists/untdid7143.js";
import type { Rule } from "../../rule.js";
import { codeListRule, elements, inList } from "./code-list-rule.js";

const unit = (v: string) => inList(v, UNECE_REC20_UNITS);
// BR-CL-24 compares the attribute as written (no whitespace normalisation).
const mime = (v: string) => MIME_CODES.has(v);

/** The BR-CL rules on items and attachments. */
export const brClItemRules: Rule[] = [
  codeListRule({
    id: "BR-CL-13",
    terms: ["BT-158"],
    fr: "Le schéma de la classification de l'article (BT-158) doit appartenir à la liste UNTDID 7143, par exemple STI ou CV ({value}).",
    en: "Item classification identifier identification scheme identifier MUST be coded using one of the UNTDID 7143 list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:ClassCode", undefined, "listID"), attribute: "listID", valid: (v) => inList(v, UNTDID7143_ITEM_CLASSIFICATIONS) },
    ubl: {
      nodes: (root) => elements(root, "cbc:ItemClassificationCode", "cac:CommodityClassification", "listID"),
      attribute: "listID",
      valid: (v) => inList(v, UNTDID7143_ITEM_CLASSIFICATIONS),
    },
  }),
  codeListRule({
    id: "BR-CL-23",
    terms: ["BT-130", "BT-150"],
    fr: "Le code d'unité de mesure (BT-130, BT-150) doit appartenir aux recommandations 20 et 21 de l'UN/ECE, par exemple C62 (unité), H87 (pièce), HUR (heure) ({value}).",
    en: "Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 extension ({value}).",
    cii: { nodes: (root) => [...elements(root, "ram:BasisQuantity", undefined, "unitCode"), ...elements(root, "ram:BilledQuantity", undefined, "unitCode")].sort(byLine), attribute: "unitCode", valid: unit },
    ubl: {
      nodes: (root) =>
        [...elements(root, "cbc:InvoicedQuantity", undefined, "unitCode"), ...elements(root, "cbc:BaseQuantity", undefined, "unitCode"), ...elements(root, "cbc:CreditedQuantity", undefined, "unitCode")].sort(byLine),
      attribute: "unitCode",
      valid: unit,
    },
  }),
  codeListRule({
    id: "BR-CL-24",
    terms: ["BT-125"],
    fr: "Le type MIME d'une pièce jointe (BT-125) doit être application/pdf, image/png, image/jpeg, text/csv, un classeur xlsx ou ods ({value}).",
    en: "For Mime code in attribute use MIMEMediaType ({value}).",
    cii: { nodes: (root) => elements(root, "ram:AttachmentBinaryObject", undefined, "mimeCode"), attribute: "mimeCode", valid: mime },
    ubl: { nodes: (root) => elements(root, "cbc:EmbeddedDocumentBinaryObject", undefined, "mimeCode"), attribute: "mimeCode", valid: mime },
  }),
];

function byLine(a: { line: number }, b: { line: number }): number {
  return a.line - b.line;
}
