import type { Invoice } from "../../../einvoice/index.js";

// The few facts of a structured invoice the portal routes and lists by (number, dates, parties, references,
// totals), taken from the engine's EN 16931 model.

export interface InvoiceFacts {
  number: string | undefined;
  typeCode: string | undefined;
  issueDate: string | undefined;
  dueDate: string | undefined;
  currency: string | undefined;
  /** BT-10 Buyer reference: the code service in B2G. */
  buyerReference: string | undefined;
  /** BT-12 Contract reference. */
  contractReference: string | undefined;
  /** BT-13 Purchase order reference: the engagement (EJ) or bon de commande. */
  orderReference: string | undefined;
  sellerName: string | undefined;
  /** Every identifier given for the seller (BT-29, BT-30, BT-34), with its scheme. */
  sellerIds: Array<{ id: string; scheme: string | undefined }>;
  buyerName: string | undefined;
  buyerIds: Array<{ id: string; scheme: string | undefined }>;
  totalWithoutVat: string | undefined;
  totalVat: string | undefined;
  totalWithVat: string | undefined;
  amountDue: string | undefined;
  iban: string | undefined;
}

type PartyId = { value: string; scheme?: { value: string } } | undefined;

function ids(list: PartyId[]): Array<{ id: string; scheme: string | undefined }> {
  return list.filter((x): x is NonNullable<PartyId> => Boolean(x?.value.trim())).map((x) => ({ id: x.value.trim(), scheme: x.scheme?.value.trim() }));
}

/** The routing and listing facts of an invoice read by the engine (`readInvoice` → EN 16931 model). */
export function invoiceFacts(model: Invoice): InvoiceFacts {
  const t = model.totals;
  return {
    number: model.number?.value,
    typeCode: model.typeCode?.value,
    issueDate: model.issueDate?.value,
    dueDate: model.dueDate?.value,
    currency: model.currency?.value,
    buyerReference: model.buyerReference?.value,
    contractReference: model.contractReference?.value,
    orderReference: model.purchaseOrderReference?.value,
    sellerName: model.seller.name?.value,
    sellerIds: ids([...model.seller.identifiers, model.seller.legalRegistrationId, model.seller.electronicAddress]),
    buyerName: model.buyer.name?.value,
    buyerIds: ids([model.buyer.identifier, model.buyer.legalRegistrationId, model.buyer.electronicAddress]),
    totalWithoutVat: t.taxExclusiveTotal?.value,
    totalVat: t.vatTotal?.value,
    totalWithVat: t.taxInclusiveTotal?.value,
    amountDue: t.amountDue?.value,
    iban: model.payment?.creditTransfers[0]?.accountId?.value,
  };
}

/** The first 14-digit identifier of a party that looks like a SIRET (scheme 0009, or no scheme). */
export function siretOf(partyIds: InvoiceFacts["sellerIds"]): string | undefined {
  const candidates = partyIds.filter((x) => /^\d{14}$/.test(x.id.replace(/\s/g, "")));
  const preferred = candidates.find((x) => x.scheme === "0009") ?? candidates.find((x) => !x.scheme || x.scheme === "0002") ?? candidates[0];
  return preferred?.id.replace(/\s/g, "");
}

/** The SIREN (9 digits, scheme 0002 or none) of a party, when given instead of a SIRET. */
export function sirenOf(partyIds: InvoiceFacts["sellerIds"]): string | undefined {
  return partyIds.find((x) => /^\d{9}$/.test(x.id.replace(/\s/g, "")) && (!x.scheme || x.scheme === "0002"))?.id.replace(/\s/g, "");
}
