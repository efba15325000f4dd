/** The namespaces of CII D16B and UBL 2.1, and the canonical prefix each gets in element keys, whatever the file uses. */
export const NAMESPACES = {
  rsm: "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  ram: "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  udt: "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
  qdt: "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  inv: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  cn: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  ext: "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type NamespacePrefix = keyof typeof NAMESPACES;

const PREFIX_BY_URI = new Map<string, string>(Object.entries(NAMESPACES).map(([prefix, uri]) => [uri, prefix]));

/** The key by which rules find an element: `ram:ID` for a known namespace, `{uri}local` otherwise, `local` for none. */
export function elementKey(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = PREFIX_BY_URI.get(uri);
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}
