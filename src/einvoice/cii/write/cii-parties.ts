import type { Buyer, Delivery, Payee, Seller, SellerTaxRepresentative } from "../../model/parties.js";
import { type XNode, x } from "../../xml/xml-writer.js";
import { ciiAddress, ciiContact, dateTime, identifier, partyIds, taxRegistration, v } from "./cii-common.js";

/** BG-4 as ram:SellerTradeParty. */
export function sellerParty(s: Seller): XNode | undefined {
  return x("ram:SellerTradeParty", [
    ...partyIds(s.identifiers),
    x("ram:Name", v(s.name)),
    x("ram:Description", v(s.additionalLegalInformation)),
    x("ram:SpecifiedLegalOrganization", [identifier("ram:ID", s.legalRegistrationId), x("ram:TradingBusinessName", v(s.tradingName))]),
    ciiContact(s.contact),
    ciiAddress(s.address),
    x("ram:URIUniversalCommunication", identifier("ram:URIID", s.electronicAddress)),
    taxRegistration(v(s.vatId), "VA"),
    taxRegistration(v(s.taxRegistrationId), "FC"),
  ]);
}

/** BG-7 as ram:BuyerTradeParty. */
export function buyerParty(b: Buyer): XNode | undefined {
  return x("ram:BuyerTradeParty", [
    ...partyIds(b.identifier ? [b.identifier] : []),
    x("ram:Name", v(b.name)),
    x("ram:SpecifiedLegalOrganization", [identifier("ram:ID", b.legalRegistrationId), x("ram:TradingBusinessName", v(b.tradingName))]),
    ciiContact(b.contact),
    ciiAddress(b.address),
    x("ram:URIUniversalCommunication", identifier("ram:URIID", b.electronicAddress)),
    taxRegistration(v(b.vatId), "VA"),
  ]);
}

/** BG-11 as ram:SellerTaxRepresentativeTradeParty. */
export function taxRepresentativeParty(t: SellerTaxRepresentative | undefined): XNode | undefined {
  if (!t) return undefined;
  return x("ram:SellerTaxRepresentativeTradeParty", [x("ram:Name", v(t.name)), ciiAddress(t.address), taxRegistration(v(t.vatId), "VA")]);
}

/** BG-10 as ram:PayeeTradeParty. */
export function payeeParty(p: Payee | undefined): XNode | undefined {
  if (!p) return undefined;
  return x("ram:PayeeTradeParty", [
    ...partyIds(p.identifier ? [p.identifier] : []),
    x("ram:Name", v(p.name)),
    x("ram:SpecifiedLegalOrganization", identifier("ram:ID", p.legalRegistrationId)),
  ]);
}

/** BG-13 as ram:ApplicableHeaderTradeDelivery (with BT-15 and BT-16, which CII places there). */
export function headerDelivery(d: Delivery | undefined, despatchAdvice: string | undefined, receivingAdvice: string | undefined): XNode {
  const shipTo = d
    ? x("ram:ShipToTradeParty", [...partyIds(d.locationId ? [d.locationId] : []), x("ram:Name", v(d.partyName)), ciiAddress(d.address)])
    : undefined;
  // The element is mandatory in CII even when there is nothing to say.
  return (
    x("ram:ApplicableHeaderTradeDelivery", [
      shipTo,
      d?.actualDate ? x("ram:ActualDeliverySupplyChainEvent", dateTime("ram:OccurrenceDateTime", d.actualDate)) : undefined,
      x("ram:DespatchAdviceReferencedDocument", x("ram:IssuerAssignedID", despatchAdvice)),
      x("ram:ReceivingAdviceReferencedDocument", x("ram:IssuerAssignedID", receivingAdvice)),
    ]) ?? { name: "ram:ApplicableHeaderTradeDelivery", attrs: {}, children: [], text: "" }
  );
}
