import type { Contact, PostalAddress } from "../../model/parties.js";
import type { Amount, Identifier, Value } from "../../model/value.js";
import { type XNode, x } from "../../xml/xml-writer.js";

/** The value of a Value, or undefined. */
export const v = (value: Value<string> | undefined): string | undefined => value?.value;

/** ISO date → CII format 102 (YYYYMMDD); anything else is written as read. */
export function date102(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? `${m[1]}${m[2]}${m[3]}` : iso;
}

/** `<name><udt:DateTimeString format="102">…</udt:DateTimeString></name>` */
export function dateTime(name: string, iso: Value | undefined): XNode | undefined {
  const d = date102(iso?.value);
  return d ? x(name, x("udt:DateTimeString", d, { format: "102" })) : undefined;
}

/** An amount element with its currency attribute when the model has one. */
export function amount(name: string, a: Amount | undefined, withCurrency = false): XNode | undefined {
  return a ? x(name, a.value, withCurrency ? { currencyID: a.currency?.value } : undefined) : undefined;
}

/** An identifier element with its scheme attribute. */
export function identifier(name: string, id: Identifier | undefined, schemeAttr = "schemeID"): XNode | undefined {
  return id ? x(name, id.value, { [schemeAttr]: id.scheme?.value }) : undefined;
}

/** BG-5 / BG-8 / BG-12 / BG-15 as ram:PostalTradeAddress. */
export function ciiAddress(a: PostalAddress | undefined): XNode | undefined {
  if (!a) return undefined;
  return x("ram:PostalTradeAddress", [
    x("ram:PostcodeCode", v(a.postCode)),
    x("ram:LineOne", v(a.line1)),
    x("ram:LineTwo", v(a.line2)),
    x("ram:LineThree", v(a.line3)),
    x("ram:CityName", v(a.city)),
    x("ram:CountryID", v(a.countryCode)),
    x("ram:CountrySubDivisionName", v(a.countrySubdivision)),
  ]);
}

/** BG-6 / BG-9 as ram:DefinedTradeContact. */
export function ciiContact(c: Contact | undefined): XNode | undefined {
  if (!c) return undefined;
  return x("ram:DefinedTradeContact", [
    x("ram:PersonName", v(c.point)),
    x("ram:TelephoneUniversalCommunication", x("ram:CompleteNumber", v(c.telephone))),
    x("ram:EmailURIUniversalCommunication", x("ram:URIID", v(c.email))),
  ]);
}

/** The party identifiers: without scheme as ram:ID, with a scheme as ram:GlobalID. */
export function partyIds(ids: readonly Identifier[]): XNode[] {
  const plain = ids.filter((i) => !i.scheme).map((i) => x("ram:ID", i.value));
  const global = ids.filter((i) => i.scheme).map((i) => identifier("ram:GlobalID", i));
  return [...plain, ...global].filter((n): n is XNode => !!n);
}

/** ram:SpecifiedTaxRegistration with its scheme (VA for VAT, FC for tax registration). */
export function taxRegistration(id: string | undefined, scheme: "VA" | "FC"): XNode | undefined {
  return x("ram:SpecifiedTaxRegistration", x("ram:ID", id, { schemeID: scheme }));
}
