// BR-FR-27 to BR-FR-32: item attributes, invoiced objects (AFL, AVV), the single BAR treatment note, SIREN format.
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, Violation } from "../rule.js";
import { allAt, elementsOf } from "../support/core-index.js";
import { normalizeSpace, stringValue } from "../support/core-xpath.js";
import { add, type FrAssertion, frAssertion, NONE } from "./fr-assert.js";
import { BAR_TREATMENTS, whereChild } from "./fr-values.js";

const SCT = "rsm:SupplyChainTradeTransaction";
const HA = `${SCT}/ram:ApplicableHeaderTradeAgreement`;
const LINE = `${SCT}/ram:IncludedSupplyChainTradeLineItem`;
const own = (n: XmlElement) => stringValue(n);

const CHAR = `${LINE}/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic`;
const nonEmpty = (n: XmlElement) => normalizeSpace(own(n)) !== "";
const measured = (c: XmlElement) => allAt(c, "ram:ValueMeasure").some((m) => m.attrs.unitCode !== undefined);

const attributes: FrAssertion[] = [
  {
    id: "BR-FR-27_BG-32",
    terms: ["BG-32", "BT-160"],
    context: CHAR,
    test: (c) => allAt(c, "ram:Description").length > 0 || allAt(c, "ram:TypeCode").length > 0,
    fr: "Un attribut d'article (BG-32) doit avoir un nom (BT-160) ou un code.",
    en: "An item attribute (BG-32) must have a name (BT-160) or a code.",
  },
  { id: "BR-FR-27_BT-160", terms: ["BT-160"], context: `${CHAR}/ram:Description`, test: nonEmpty, fr: "Le nom de l'attribut d'article (BT-160) ne doit pas être vide.", en: "The item attribute name (BT-160) must not be empty." },
  { id: "BR-FR-27_EXT-FR-FE-159", terms: ["BG-32"], context: `${CHAR}/ram:TypeCode`, test: nonEmpty, fr: "Le code de l'attribut d'article ne doit pas être vide.", en: "The item attribute code must not be empty." },
  {
    id: "BR-FR-28_BT-161-1",
    terms: ["BG-32", "BT-161"],
    context: CHAR,
    test: (c) => {
      const value = allAt(c, "ram:Value").length > 0;
      return (value || measured(c)) && !(value && measured(c));
    },
    fr: "Un attribut d'article (BG-32) doit avoir soit une valeur (BT-161), soit une valeur mesurée avec son unité, pas les deux.",
    en: "An item attribute (BG-32) must have either a value (BT-161) or a measured value with its unit, not both.",
  },
  { id: "BR-FR-28_BT-161-2", terms: ["BT-161"], context: `${CHAR}/ram:Value`, test: nonEmpty, fr: "La valeur de l'attribut d'article (BT-161) ne doit pas être vide.", en: "The item attribute value (BT-161) must not be empty." },
  { id: "BR-FR-28_EXT-FR-FE-160", terms: ["BG-32"], context: `${CHAR}/ram:ValueMeasure`, test: nonEmpty, fr: "La valeur mesurée de l'attribut d'article ne doit pas être vide.", en: "The item attribute's measured value must not be empty." },
];

const refCount = (n: XmlElement, code: string) => whereChild(n, "ram:AdditionalReferencedDocument", "ram:ReferenceTypeCode", code).length;
const objects: FrAssertion[] = (
  [
    ["BR-FR-29", "BT-18", HA, "de la facture", "of the invoice"],
    ["BR-FR-30", "BT-128", LINE, "de la ligne", "of the line"],
  ] as const
).flatMap(([rule, term, context, fr, en]): FrAssertion[] => [
  {
    id: `${rule}_${term}`,
    terms: [term],
    context,
    test: (n) => refCount(n, "AFL") <= 1 && refCount(n, "AVV") <= 1,
    fr: `Les identifiants d'objet facturé ${fr} (${term}) de schéma AFL et AVV ne doivent figurer qu'une fois chacun.`,
    en: `The invoiced object identifiers ${en} (${term}) with schemes AFL and AVV must each appear only once.`,
  },
  ...(["AFL", "AVV"] as const).map(
    (code): FrAssertion => ({
      id: `${rule}_${code}`,
      terms: [term],
      context: `${context}/ram:AdditionalReferencedDocument`,
      where: (d) => allAt(d, "ram:ReferenceTypeCode").some((c) => own(c) === code),
      test: (d) => allAt(d, "ram:IssuerAssignedID").every(nonEmpty),
      fr: `L'identifiant d'objet facturé de schéma ${code} (${term}) ne doit pas être vide.`,
      en: `The invoiced object identifier with scheme ${code} (${term}) must not be empty.`,
    }),
  ),
]);

const singleBar: FrAssertion = {
  id: "BR-FR-30_BT-21",
  terms: ["BT-21", "BT-22"],
  context: "rsm:ExchangedDocument",
  test: (doc) =>
    whereChild(doc, "ram:IncludedNote", "ram:SubjectCode", "BAR").filter((n) => allAt(n, "ram:Content").some((c) => BAR_TREATMENTS.has(normalizeSpace(own(c))))).length <= 1,
  fr: "Une seule note de code sujet BAR (BT-21) peut donner le traitement (B2B, B2BINT, B2C, OUTOFSCOPE ou ARCHIVEONLY).",
  en: "Only one note with subject code BAR (BT-21) may give the treatment (B2B, B2BINT, B2C, OUTOFSCOPE or ARCHIVEONLY).",
};

const NINE_DIGITS = /^\d{9}$/;

/** BR-FR-32: every SIREN (legal identifier of scheme 0002), whichever party it belongs to, has 9 digits. */
const legalIdRule: Rule = {
  ...frAssertion({ id: "BR-FR-32-LEGALID", terms: ["BT-30", "BT-47"], context: "", test: () => true, fr: "", en: "" }),
  message: {
    fr: "Un identifiant légal de schéma 0002 est un SIREN : il doit compter 9 chiffres ({value}), c'est souvent un SIRET saisi à sa place.",
    en: "A legal identifier with scheme 0002 is a SIREN: it must have 9 digits ({value}); a SIRET is often typed instead.",
  },
  // Every ram:ID of the document from the shared element index (document order, as a walk of the tree gives).
  check({ root }) {
    let out: Violation[] | undefined;
    for (const e of elementsOf(root, "ram:ID")) {
      if (e.parent?.key !== "ram:SpecifiedLegalOrganization" || e.attrs.schemeID !== "0002") continue;
      if (!NINE_DIGITS.test(normalizeSpace(own(e)))) out = add(out, { element: e, value: own(e) });
    }
    return out ?? NONE;
  },
};

/** BR-FR-27 to BR-FR-32. */
export const brFr27To32 = [...[...attributes, ...objects, singleBar].map(frAssertion), legalIdRule];
