import type { Contact, PostalAddress, Seller, Buyer, Payee, SellerTaxRepresentative, Delivery } from "../../model/parties.js";
import type { Identifier, Value } from "../../model/value.js";
import { type XNode, always, x } from "../../xml/xml-writer.js";

export const v = (value: Value<string> | undefined): string | undefined => value?.value;

/** An identifier element with its scheme attribute. */
export function identifier(name: string, id: Identifier | undefined, schemeAttr = "schemeID"): XNode | undefined {
  return id ? x(name, id.value, { [schemeAttr]: id.scheme?.value }) : undefined;
}

/** BG-5 / BG-8 / BG-12 / BG-15 as a UBL address (cac:PostalAddress, cac:Address). */
export function ublAddress(name: string, a: PostalAddress | undefined): XNode | undefined {
  if (!a) return undefined;
  return x(name, [
    x("cbc:StreetName", v(a.line1)),
    x("cbc:AdditionalStreetName", v(a.line2)),
    x("cbc:CityName", v(a.city)),
    x("cbc:PostalZone", v(a.postCode)),
    x("cbc:CountrySubentity", v(a.countrySubdivision)),
    x("cac:AddressLine", x("cbc:Line", v(a.line3))),
    x("cac:Country", x("cbc:IdentificationCode", v(a.countryCode))),
  ]);
}

function contact(c: Contact | undefined): XNode | undefined {
  if (!c) return undefined;
  return x("cac:Contact", [x("cbc:Name", v(c.point)), x("cbc:Telephone", v(c.telephone)), x("cbc:ElectronicMail", v(c.email))]);
}

const vatScheme = (id: string | undefined, scheme = "VAT") => x("cac:PartyTaxScheme", [x("cbc:CompanyID", id), id ? x("cac:TaxScheme", always("cbc:ID", scheme)) : undefined]);

/** BG-4 as cac:AccountingSupplierParty (BT-90, the SEPA creditor id, is a party identification there). */
export function supplierParty(s: Seller, sepaCreditorId: string | undefined): XNode | undefined {
  return x(
    "cac:AccountingSupplierParty",
    x("cac:Party", [
      identifier("cbc:EndpointID", s.electronicAddress),
      ...s.identifiers.map((i) => x("cac:PartyIdentification", identifier("cbc:ID", i))),
      sepaCreditorId ? x("cac:PartyIdentification", x("cbc:ID", sepaCreditorId, { schemeID: "SEPA" })) : undefined,
      x("cac:PartyName", x("cbc:Name", v(s.tradingName))),
      ublAddress("cac:PostalAddress", s.address),
      vatScheme(v(s.vatId)),
      vatScheme(v(s.taxRegistrationId), "FC"),
      x("cac:PartyLegalEntity", [x("cbc:RegistrationName", v(s.name)), identifier("cbc:CompanyID", s.legalRegistrationId), x("cbc:CompanyLegalForm", v(s.additionalLegalInformation))]),
      contact(s.contact),
    ]),
  );
}

/** BG-7 as cac:AccountingCustomerParty. */
export function customerParty(b: Buyer): XNode | undefined {
  return x(
    "cac:AccountingCustomerParty",
    x("cac:Party", [
      identifier("cbc:EndpointID", b.electronicAddress),
      x("cac:PartyIdentification", identifier("cbc:ID", b.identifier)),
      x("cac:PartyName", x("cbc:Name", v(b.tradingName))),
      ublAddress("cac:PostalAddress", b.address),
      vatScheme(v(b.vatId)),
      x("cac:PartyLegalEntity", [x("cbc:RegistrationName", v(b.name)), identifier("cbc:CompanyID", b.legalRegistrationId)]),
      contact(b.contact),
    ]),
  );
}

/** BG-10 as cac:PayeeParty (with BT-90 when the payee is the creditor). */
export function payeeParty(p: Payee | undefined, sepaCreditorId: string | undefined): XNode | undefined {
  if (!p) return undefined;
  return x("cac:PayeeParty", [
    x("cac:PartyIdentification", identifier("cbc:ID", p.identifier)),
    sepaCreditorId ? x("cac:PartyIdentification", x("cbc:ID", sepaCreditorId, { schemeID: "SEPA" })) : undefined,
    x("cac:PartyName", x("cbc:Name", v(p.name))),
    x("cac:PartyLegalEntity", identifier("cbc:CompanyID", p.legalRegistrationId)),
  ]);
}

/** BG-11 as cac:TaxRepresentativeParty. */
export function taxRepresentativeParty(t: SellerTaxRepresentative | undefined): XNode | undefined {
  if (!t) return undefined;
  return x("cac:TaxRepresentativeParty", [x("cac:PartyName", x("cbc:Name", v(t.name))), ublAddress("cac:PostalAddress", t.address), vatScheme(v(t.vatId))]);
}

/** BG-13 as cac:Delivery. */
export function delivery(d: Delivery | undefined): XNode | undefined {
  if (!d) return undefined;
  return x("cac:Delivery", [
    x("cbc:ActualDeliveryDate", v(d.actualDate)),
    x("cac:DeliveryLocation", [identifier("cbc:ID", d.locationId), ublAddress("cac:Address", d.address)]),
    x("cac:DeliveryParty", x("cac:PartyName", x("cbc:Name", v(d.partyName)))),
  ]);
}
