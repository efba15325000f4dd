import type { ExtendedParty } from "../../model/extended.js";
import type { Buyer, Contact, Delivery, Payee, PostalAddress, Seller, SellerTaxRepresentative } from "../../model/parties.js";
import type { Identifier, Value } from "../../model/value.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";

/** ram:PostalTradeAddress → BG-5 / BG-8 / BG-12 / BG-15. */
export function ciiAddress(ctx: ReadContext, e: XmlElement | undefined): PostalAddress {
  const a: PostalAddress = {};
  if (!e) return a;
  a.path = ctx.path(e);
  for (const c of e.children) {
    switch (c.key) {
      case "ram:PostcodeCode":
        a.postCode = ctx.text(c);
        break;
      case "ram:LineOne":
        a.line1 = ctx.text(c);
        break;
      case "ram:LineTwo":
        a.line2 = ctx.text(c);
        break;
      case "ram:LineThree":
        a.line3 = ctx.text(c);
        break;
      case "ram:CityName":
        a.city = ctx.text(c);
        break;
      case "ram:CountryID":
        a.countryCode = ctx.text(c);
        break;
      case "ram:CountrySubDivisionName":
        a.countrySubdivision = ctx.text(c);
        break;
    }
  }
  return a;
}

/** ram:DefinedTradeContact → BG-6 / BG-9 (the department stands for the contact point when there is no person). */
function ciiContact(ctx: ReadContext, e: XmlElement): Contact {
  const contact: Contact = { path: ctx.path(e) };
  let department: Value | undefined;
  for (const c of e.children) {
    switch (c.key) {
      case "ram:PersonName":
        contact.point = ctx.text(c);
        break;
      case "ram:DepartmentName":
        department = ctx.text(c);
        break;
      case "ram:TelephoneUniversalCommunication": {
        const n = kid(c, "ram:CompleteNumber");
        if (n) contact.telephone = ctx.text(n);
        break;
      }
      case "ram:EmailURIUniversalCommunication": {
        const n = kid(c, "ram:URIID");
        if (n) contact.email = ctx.text(n);
        break;
      }
    }
  }
  if (!contact.point && department) contact.point = department;
  return contact;
}

/** Everything a CII trade party may hold, gathered in one pass; each role then keeps what EN 16931 gives it. */
interface CiiParty {
  path: string;
  ids: Identifier[];
  name?: Value;
  description?: Value;
  legalId?: Identifier;
  tradingName?: Value;
  contact?: Contact;
  address: PostalAddress;
  electronicAddress?: Identifier;
  vatId?: Value;
  taxId?: Value;
}

function ciiParty(ctx: ReadContext, e: XmlElement): CiiParty {
  const p: CiiParty = { path: ctx.path(e), ids: [], address: {} };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:ID":
        p.ids.push(ctx.id(c));
        break;
      case "ram:GlobalID":
        p.ids.push(ctx.id(c));
        break;
      case "ram:Name":
        p.name = ctx.text(c);
        break;
      case "ram:Description":
        p.description = ctx.text(c);
        break;
      case "ram:SpecifiedLegalOrganization": {
        for (const l of c.children) {
          if (l.key === "ram:ID") p.legalId = ctx.id(l);
          else if (l.key === "ram:TradingBusinessName") p.tradingName = ctx.text(l);
        }
        break;
      }
      case "ram:DefinedTradeContact":
        p.contact ??= ciiContact(ctx, c);
        break;
      case "ram:PostalTradeAddress":
        p.address = ciiAddress(ctx, c);
        break;
      case "ram:URIUniversalCommunication": {
        const u = kid(c, "ram:URIID");
        if (u) p.electronicAddress = ctx.id(u);
        break;
      }
      case "ram:SpecifiedTaxRegistration": {
        const id = kid(c, "ram:ID");
        if (!id) break;
        const scheme = (id.attrs.schemeID ?? "").trim();
        if (scheme === "FC") p.taxId = ctx.text(id);
        else p.vatId = ctx.text(id);
        break;
      }
    }
  }
  return p;
}

/** ram:SellerTradeParty → BG-4. */
export function ciiSeller(ctx: ReadContext, e: XmlElement | undefined): Seller {
  if (!e) return { identifiers: [], address: {} };
  const p = ciiParty(ctx, e);
  const s: Seller = { path: p.path, identifiers: p.ids, address: p.address };
  if (p.name) s.name = p.name;
  if (p.tradingName) s.tradingName = p.tradingName;
  if (p.legalId) s.legalRegistrationId = p.legalId;
  if (p.vatId) s.vatId = p.vatId;
  if (p.taxId) s.taxRegistrationId = p.taxId;
  if (p.description) s.additionalLegalInformation = p.description;
  if (p.electronicAddress) s.electronicAddress = p.electronicAddress;
  if (p.contact) s.contact = p.contact;
  return s;
}

/** ram:BuyerTradeParty → BG-7. */
export function ciiBuyer(ctx: ReadContext, e: XmlElement | undefined): Buyer {
  if (!e) return { address: {} };
  const p = ciiParty(ctx, e);
  const b: Buyer = { path: p.path, address: p.address };
  if (p.name) b.name = p.name;
  if (p.tradingName) b.tradingName = p.tradingName;
  if (p.ids[0]) b.identifier = p.ids[0];
  if (p.legalId) b.legalRegistrationId = p.legalId;
  if (p.vatId) b.vatId = p.vatId;
  if (p.electronicAddress) b.electronicAddress = p.electronicAddress;
  if (p.contact) b.contact = p.contact;
  return b;
}

/** ram:PayeeTradeParty → BG-10. */
export function ciiPayee(ctx: ReadContext, e: XmlElement): Payee {
  const p = ciiParty(ctx, e);
  const payee: Payee = { path: p.path };
  if (p.name) payee.name = p.name;
  if (p.ids[0]) payee.identifier = p.ids[0];
  if (p.legalId) payee.legalRegistrationId = p.legalId;
  return payee;
}

/** ram:SellerTaxRepresentativeTradeParty → BG-11. */
export function ciiTaxRepresentative(ctx: ReadContext, e: XmlElement): SellerTaxRepresentative {
  const p = ciiParty(ctx, e);
  const t: SellerTaxRepresentative = { path: p.path, address: p.address };
  if (p.name) t.name = p.name;
  if (p.vatId) t.vatId = p.vatId;
  return t;
}

/** ram:ShipToTradeParty → the party part of BG-13 (BT-70, BT-71, BG-15). */
export function ciiShipTo(ctx: ReadContext, e: XmlElement, delivery: Delivery): void {
  const p = ciiParty(ctx, e);
  if (p.name) delivery.partyName = p.name;
  if (p.ids[0]) delivery.locationId = p.ids[0];
  if (p.address.path) delivery.address = p.address;
}

/** Any other trade party (EXTENDED: invoicer, invoicee, ship-from ...), for display. */
export function ciiExtendedParty(ctx: ReadContext, e: XmlElement): ExtendedParty {
  const p = ciiParty(ctx, e);
  const x: ExtendedParty = { role: e.local.replace(/TradeParty$/, ""), identifiers: p.ids, path: p.path };
  if (p.name) x.name = p.name;
  if (p.vatId) x.vatId = p.vatId;
  if (p.address.path) x.address = p.address;
  return x;
}
