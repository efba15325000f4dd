// BR-62 … BR-65: identifiers that need their scheme (electronic addresses, item identifiers and classifications).
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child, children } from "../../../xml/xml-tree.js";
import { allAt, elementsOf, parentsAre } from "../../support/core-index.js";
import { hasAttrText } from "../../support/core-xpath.js";
import { contextCheck, coreRule, failing, rootCheck } from "./define.js";

const AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
// The party paths joined once (a template literal per call is a new string to hash for the path lookup).
const SELLER = `${AGREEMENT}/ram:SellerTradeParty`;
const BUYER = `${AGREEMENT}/ram:BuyerTradeParty`;

/** CII: `normalize-space(Party/ram:URIUniversalCommunication[1]/ram:URIID/@schemeID) != '' or not(Party/ram:URIUniversalCommunication)` */
function ciiEndpointHasScheme(root: XmlElement, partyPath: string): boolean {
  const parties = allAt(root, partyPath);
  const communications = parties.flatMap((p) => children(p, "ram:URIUniversalCommunication").slice(0, 1));
  if (parties.every((p) => child(p, "ram:URIUniversalCommunication") === undefined)) return true;
  const first = communications.flatMap((c) => children(c, "ram:URIID"))[0];
  return hasAttrText(first, "schemeID");
}

const ublEndpoints = (root: XmlElement, party: string) =>
  elementsOf(root, "cbc:EndpointID").filter((e) => parentsAre(e, party, "cac:Party"));

const ublItemChildren = (root: XmlElement, key: string, parent: string) =>
  elementsOf(root, key).filter(
    (e) => parentsAre(e, "cac:InvoiceLine", "cac:Item", parent) || parentsAre(e, "cac:CreditNoteLine", "cac:Item", parent),
  );

export const br62to65 = [
  coreRule({
    id: "BR-62",
    terms: ["BT-34"],
    fr: "L'adresse électronique du vendeur (BT-34) doit préciser son schéma d'identification (par exemple 0225 pour un SIREN, 0009 pour un SIRET, EM pour un courriel).",
    en: "The Seller electronic address (BT-34) shall have a Scheme identifier.",
    cii: rootCheck((r) => ciiEndpointHasScheme(r, SELLER)),
    ubl: contextCheck((root) => ublEndpoints(root, "cac:AccountingSupplierParty"), (e) => e.attrs.schemeID !== undefined),
  }),
  coreRule({
    id: "BR-63",
    terms: ["BT-49"],
    fr: "L'adresse électronique de l'acheteur (BT-49) doit préciser son schéma d'identification (par exemple 0225 pour un SIREN, 0009 pour un SIRET, EM pour un courriel).",
    en: "The Buyer electronic address (BT-49) shall have a Scheme identifier.",
    cii: rootCheck((r) => ciiEndpointHasScheme(r, BUYER)),
    ubl: contextCheck((root) => ublEndpoints(root, "cac:AccountingCustomerParty"), (e) => e.attrs.schemeID !== undefined),
  }),
  coreRule({
    id: "BR-64",
    terms: ["BT-157"],
    fr: "L'identifiant normalisé de l'article (BT-157) doit préciser son schéma, par exemple 0160 pour un code GTIN (EAN).",
    en: "The Item standard identifier (BT-157) shall have a Scheme identifier, e.g. 0160 for a GTIN.",
    cii: (root) =>
      failing(elementsOf(root, "ram:IncludedSupplyChainTradeLineItem"), (l) => {
        const ids = allAt(l, "ram:SpecifiedTradeProduct/ram:GlobalID");
        return ids.length === 0 || hasAttrText(ids[0], "schemeID");
      }),
    ubl: contextCheck((root) => ublItemChildren(root, "cbc:ID", "cac:StandardItemIdentification"), (e) => e.attrs.schemeID !== undefined),
  }),
  coreRule({
    id: "BR-65",
    terms: ["BT-158"],
    fr: "Le code de classification de l'article (BT-158) doit préciser le référentiel utilisé, par exemple STI pour le CPV des marchés publics.",
    en: "The Item classification identifier (BT-158) shall have a Scheme identifier.",
    cii: (root) =>
      failing(elementsOf(root, "ram:DesignatedProductClassification"), (c) => {
        const codes = children(c, "ram:ClassCode");
        return codes.length === 0 || hasAttrText(codes[0], "listID");
      }),
    ubl: (root) =>
      failing(ublItemChildren(root, "cbc:ItemClassificationCode", "cac:CommodityClassification"), (e) => e.attrs.listID !== undefined),
  }),
];
