import type { ExtendedParty } from "../../model/extended.js";
import type { Buyer, Contact, Payee, PostalAddress, Seller, SellerTaxRepresentative } from "../../model/parties.js";
import type { Identifier, Value } from "../../model/value.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";

/** cac:PostalAddress / cac:Address → BG-5 / BG-8 / BG-12 / BG-15. */
export function ublAddress(ctx: ReadContext, e: XmlElement | undefined): PostalAddress {
  const a: PostalAddress = {};
  if (!e) return a;
  a.path = ctx.path(e);
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:StreetName":
        a.line1 = ctx.text(c);
        break;
      case "cbc:AdditionalStreetName":
        a.line2 = ctx.text(c);
        break;
      case "cac:AddressLine": {
        const line = kid(c, "cbc:Line");
        if (line) a.line3 ??= ctx.text(line);
        break;
      }
      case "cbc:CityName":
        a.city = ctx.text(c);
        break;
      case "cbc:PostalZone":
        a.postCode = ctx.text(c);
        break;
      case "cbc:CountrySubentity":
        a.countrySubdivision = ctx.text(c);
        break;
      case "cac:Country": {
        const code = kid(c, "cbc:IdentificationCode");
        if (code) a.countryCode = ctx.text(code);
        break;
      }
    }
  }
  return a;
}

/** Everything a UBL cac:Party may hold, in one pass. */
interface UblParty {
  path: string;
  endpoint?: Identifier;
  ids: Identifier[];
  /** BT-90 Bank assigned creditor identifier: a party identification with scheme SEPA. */
  sepaCreditorId?: Value;
  partyName?: Value;
  address: PostalAddress;
  vatId?: Value;
  taxId?: Value;
  registrationName?: Value;
  legalId?: Identifier;
  legalForm?: Value;
  contact?: Contact;
}

/** Reads a cac:Party (or a party-like element such as cac:PayeeParty). */
export function ublParty(ctx: ReadContext, e: XmlElement): UblParty {
  const p: UblParty = { path: ctx.path(e), ids: [], address: {} };
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:EndpointID":
        p.endpoint = ctx.id(c);
        break;
      case "cac:PartyIdentification": {
        const id = kid(c, "cbc:ID");
        if (!id) break;
        if ((id.attrs.schemeID ?? "").trim().toUpperCase() === "SEPA") p.sepaCreditorId = ctx.text(id);
        else p.ids.push(ctx.id(id));
        break;
      }
      case "cac:PartyName": {
        const name = kid(c, "cbc:Name");
        if (name) p.partyName ??= ctx.text(name);
        break;
      }
      case "cac:PostalAddress":
        p.address = ublAddress(ctx, c);
        break;
      case "cac:PartyTaxScheme": {
        const id = kid(c, "cbc:CompanyID");
        if (!id) break;
        const scheme = kid(kid(c, "cac:TaxScheme"), "cbc:ID")?.text.trim();
        if (scheme === "VAT" || scheme === undefined) p.vatId ??= ctx.text(id);
        else p.taxId ??= ctx.text(id);
        break;
      }
      case "cac:PartyLegalEntity":
        for (const l of c.children) {
          if (l.key === "cbc:RegistrationName") p.registrationName = ctx.text(l);
          else if (l.key === "cbc:CompanyID") p.legalId = ctx.id(l);
          else if (l.key === "cbc:CompanyLegalForm") p.legalForm = ctx.text(l);
        }
        break;
      case "cac:Contact": {
        const contact: Contact = { path: ctx.path(c) };
        for (const x of c.children) {
          if (x.key === "cbc:Name") contact.point = ctx.text(x);
          else if (x.key === "cbc:Telephone") contact.telephone = ctx.text(x);
          else if (x.key === "cbc:ElectronicMail") contact.email = ctx.text(x);
        }
        p.contact = contact;
        break;
      }
    }
  }
  return p;
}

/** cac:AccountingSupplierParty/cac:Party → BG-4. */
export function ublSeller(ctx: ReadContext, e: XmlElement | undefined): { seller: Seller; sepaCreditorId?: Value } {
  if (!e) return { seller: { identifiers: [], address: {} } };
  const p = ublParty(ctx, e);
  const s: Seller = { path: p.path, identifiers: p.ids, address: p.address };
  if (p.registrationName) s.name = p.registrationName;
  if (p.partyName) s.tradingName = p.partyName;
  if (p.legalId) s.legalRegistrationId = p.legalId;
  if (p.vatId) s.vatId = p.vatId;
  if (p.taxId) s.taxRegistrationId = p.taxId;
  if (p.legalForm) s.additionalLegalInformation = p.legalForm;
  if (p.endpoint) s.electronicAddress = p.endpoint;
  if (p.contact) s.contact = p.contact;
  return p.sepaCreditorId ? { seller: s, sepaCreditorId: p.sepaCreditorId } : { seller: s };
}

/** cac:AccountingCustomerParty/cac:Party → BG-7. */
export function ublBuyer(ctx: ReadContext, e: XmlElement | undefined): Buyer {
  if (!e) return { address: {} };
  const p = ublParty(ctx, e);
  const b: Buyer = { path: p.path, address: p.address };
  if (p.registrationName) b.name = p.registrationName;
  if (p.partyName) b.tradingName = p.partyName;
  if (p.ids[0]) b.identifier = p.ids[0];
  if (p.legalId) b.legalRegistrationId = p.legalId;
  if (p.vatId) b.vatId = p.vatId;
  if (p.endpoint) b.electronicAddress = p.endpoint;
  if (p.contact) b.contact = p.contact;
  return b;
}

/** cac:PayeeParty → BG-10. */
export function ublPayee(ctx: ReadContext, e: XmlElement): { payee: Payee; sepaCreditorId?: Value } {
  const p = ublParty(ctx, e);
  const payee: Payee = { path: p.path };
  if (p.partyName) payee.name = p.partyName;
  if (p.ids[0]) payee.identifier = p.ids[0];
  if (p.legalId) payee.legalRegistrationId = p.legalId;
  return p.sepaCreditorId ? { payee, sepaCreditorId: p.sepaCreditorId } : { payee };
}

/** cac:TaxRepresentativeParty → BG-11. */
export function ublTaxRepresentative(ctx: ReadContext, e: XmlElement): SellerTaxRepresentative {
  const p = ublParty(ctx, e);
  const t: SellerTaxRepresentative = { path: p.path, address: p.address };
  if (p.partyName) t.name = p.partyName;
  if (p.vatId) t.vatId = p.vatId;
  return t;
}

/** A party outside EN 16931 (cac:OriginatorCustomerParty, cac:SellerSupplierParty ...), for display. */
export function ublExtendedParty(ctx: ReadContext, wrapper: XmlElement): ExtendedParty {
  const party = kid(wrapper, "cac:Party") ?? wrapper;
  const p = ublParty(ctx, party);
  const x: ExtendedParty = { role: wrapper.local.replace(/Party$/, ""), identifiers: p.ids, path: p.path };
  const name = p.registrationName ?? p.partyName;
  if (name) x.name = name;
  if (p.vatId) x.vatId = p.vatId;
  if (p.address.path) x.address = p.address;
  return x;
}
