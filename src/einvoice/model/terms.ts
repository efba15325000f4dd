/**
 * The index of EN 16931 business terms and groups: id, cardinality, English name, parent group. Lets a finding or a
 * screen name a term ("BT-27 Seller name") and lets tests check that the model covers them all.
 */

export type Cardinality = "0..1" | "1..1" | "0..n" | "1..n";

export interface Term {
  id: string;
  cardinality: Cardinality;
  name: string;
  /** The group holding the term (BG-0 for the invoice itself). */
  parent: string;
}

// id, cardinality, name, parent — EN 16931-1:2017 with its amendments (BT-4 was removed).
const TABLE = `
BT-1 1..1 Invoice number|BG-0
BT-2 1..1 Invoice issue date|BG-0
BT-3 1..1 Invoice type code|BG-0
BT-5 1..1 Invoice currency code|BG-0
BT-6 0..1 VAT accounting currency code|BG-0
BT-7 0..1 Value added tax point date|BG-0
BT-8 0..1 Value added tax point date code|BG-0
BT-9 0..1 Payment due date|BG-0
BT-10 0..1 Buyer reference|BG-0
BT-11 0..1 Project reference|BG-0
BT-12 0..1 Contract reference|BG-0
BT-13 0..1 Purchase order reference|BG-0
BT-14 0..1 Sales order reference|BG-0
BT-15 0..1 Receiving advice reference|BG-0
BT-16 0..1 Despatch advice reference|BG-0
BT-17 0..1 Tender or lot reference|BG-0
BT-18 0..1 Invoiced object identifier|BG-0
BT-19 0..1 Buyer accounting reference|BG-0
BT-20 0..1 Payment terms|BG-0
BG-1 0..n INVOICE NOTE|BG-0
BT-21 0..1 Invoice note subject code|BG-1
BT-22 1..1 Invoice note|BG-1
BG-2 1..1 PROCESS CONTROL|BG-0
BT-23 0..1 Business process type|BG-2
BT-24 1..1 Specification identifier|BG-2
BG-3 0..n PRECEDING INVOICE REFERENCE|BG-0
BT-25 1..1 Preceding Invoice reference|BG-3
BT-26 0..1 Preceding Invoice issue date|BG-3
BG-4 1..1 SELLER|BG-0
BT-27 1..1 Seller name|BG-4
BT-28 0..1 Seller trading name|BG-4
BT-29 0..n Seller identifier|BG-4
BT-30 0..1 Seller legal registration identifier|BG-4
BT-31 0..1 Seller VAT identifier|BG-4
BT-32 0..1 Seller tax registration identifier|BG-4
BT-33 0..1 Seller additional legal information|BG-4
BT-34 0..1 Seller electronic address|BG-4
BG-5 1..1 SELLER POSTAL ADDRESS|BG-4
BT-35 0..1 Seller address line 1|BG-5
BT-36 0..1 Seller address line 2|BG-5
BT-162 0..1 Seller address line 3|BG-5
BT-37 0..1 Seller city|BG-5
BT-38 0..1 Seller post code|BG-5
BT-39 0..1 Seller country subdivision|BG-5
BT-40 1..1 Seller country code|BG-5
BG-6 0..1 SELLER CONTACT|BG-4
BT-41 0..1 Seller contact point|BG-6
BT-42 0..1 Seller contact telephone number|BG-6
BT-43 0..1 Seller contact email address|BG-6
BG-7 1..1 BUYER|BG-0
BT-44 1..1 Buyer name|BG-7
BT-45 0..1 Buyer trading name|BG-7
BT-46 0..1 Buyer identifier|BG-7
BT-47 0..1 Buyer legal registration identifier|BG-7
BT-48 0..1 Buyer VAT identifier|BG-7
BT-49 0..1 Buyer electronic address|BG-7
BG-8 1..1 BUYER POSTAL ADDRESS|BG-7
BT-50 0..1 Buyer address line 1|BG-8
BT-51 0..1 Buyer address line 2|BG-8
BT-163 0..1 Buyer address line 3|BG-8
BT-52 0..1 Buyer city|BG-8
BT-53 0..1 Buyer post code|BG-8
BT-54 0..1 Buyer country subdivision|BG-8
BT-55 1..1 Buyer country code|BG-8
BG-9 0..1 BUYER CONTACT|BG-7
BT-56 0..1 Buyer contact point|BG-9
BT-57 0..1 Buyer contact telephone number|BG-9
BT-58 0..1 Buyer contact email address|BG-9
BG-10 0..1 PAYEE|BG-0
BT-59 1..1 Payee name|BG-10
BT-60 0..1 Payee identifier|BG-10
BT-61 0..1 Payee legal registration identifier|BG-10
BG-11 0..1 SELLER TAX REPRESENTATIVE PARTY|BG-0
BT-62 1..1 Seller tax representative name|BG-11
BT-63 1..1 Seller tax representative VAT identifier|BG-11
BG-12 1..1 SELLER TAX REPRESENTATIVE POSTAL ADDRESS|BG-11
BT-64 0..1 Tax representative address line 1|BG-12
BT-65 0..1 Tax representative address line 2|BG-12
BT-164 0..1 Tax representative address line 3|BG-12
BT-66 0..1 Tax representative city|BG-12
BT-67 0..1 Tax representative post code|BG-12
BT-68 0..1 Tax representative country subdivision|BG-12
BT-69 1..1 Tax representative country code|BG-12
BG-13 0..1 DELIVERY INFORMATION|BG-0
BT-70 0..1 Deliver to party name|BG-13
BT-71 0..1 Deliver to location identifier|BG-13
BT-72 0..1 Actual delivery date|BG-13
BG-14 0..1 INVOICING PERIOD|BG-13
BT-73 0..1 Invoicing period start date|BG-14
BT-74 0..1 Invoicing period end date|BG-14
BG-15 0..1 DELIVER TO ADDRESS|BG-13
BT-75 0..1 Deliver to address line 1|BG-15
BT-76 0..1 Deliver to address line 2|BG-15
BT-165 0..1 Deliver to address line 3|BG-15
BT-77 0..1 Deliver to city|BG-15
BT-78 0..1 Deliver to post code|BG-15
BT-79 0..1 Deliver to country subdivision|BG-15
BT-80 1..1 Deliver to country code|BG-15
BG-16 0..1 PAYMENT INSTRUCTIONS|BG-0
BT-81 1..1 Payment means type code|BG-16
BT-82 0..1 Payment means text|BG-16
BT-83 0..1 Remittance information|BG-16
BG-17 0..n CREDIT TRANSFER|BG-16
BT-84 1..1 Payment account identifier|BG-17
BT-85 0..1 Payment account name|BG-17
BT-86 0..1 Payment service provider identifier|BG-17
BG-18 0..1 PAYMENT CARD INFORMATION|BG-16
BT-87 1..1 Payment card primary account number|BG-18
BT-88 0..1 Payment card holder name|BG-18
BG-19 0..1 DIRECT DEBIT|BG-16
BT-89 0..1 Mandate reference identifier|BG-19
BT-90 0..1 Bank assigned creditor identifier|BG-19
BT-91 0..1 Debited account identifier|BG-19
BG-20 0..n DOCUMENT LEVEL ALLOWANCES|BG-0
BT-92 1..1 Document level allowance amount|BG-20
BT-93 0..1 Document level allowance base amount|BG-20
BT-94 0..1 Document level allowance percentage|BG-20
BT-95 1..1 Document level allowance VAT category code|BG-20
BT-96 0..1 Document level allowance VAT rate|BG-20
BT-97 0..1 Document level allowance reason|BG-20
BT-98 0..1 Document level allowance reason code|BG-20
BG-21 0..n DOCUMENT LEVEL CHARGES|BG-0
BT-99 1..1 Document level charge amount|BG-21
BT-100 0..1 Document level charge base amount|BG-21
BT-101 0..1 Document level charge percentage|BG-21
BT-102 1..1 Document level charge VAT category code|BG-21
BT-103 0..1 Document level charge VAT rate|BG-21
BT-104 0..1 Document level charge reason|BG-21
BT-105 0..1 Document level charge reason code|BG-21
BG-22 1..1 DOCUMENT TOTALS|BG-0
BT-106 1..1 Sum of Invoice line net amount|BG-22
BT-107 0..1 Sum of allowances on document level|BG-22
BT-108 0..1 Sum of charges on document level|BG-22
BT-109 1..1 Invoice total amount without VAT|BG-22
BT-110 0..1 Invoice total VAT amount|BG-22
BT-111 0..1 Invoice total VAT amount in accounting currency|BG-22
BT-112 1..1 Invoice total amount with VAT|BG-22
BT-113 0..1 Paid amount|BG-22
BT-114 0..1 Rounding amount|BG-22
BT-115 1..1 Amount due for payment|BG-22
BG-23 1..n VAT BREAKDOWN|BG-0
BT-116 1..1 VAT category taxable amount|BG-23
BT-117 1..1 VAT category tax amount|BG-23
BT-118 1..1 VAT category code|BG-23
BT-119 0..1 VAT category rate|BG-23
BT-120 0..1 VAT exemption reason text|BG-23
BT-121 0..1 VAT exemption reason code|BG-23
BG-24 0..n ADDITIONAL SUPPORTING DOCUMENTS|BG-0
BT-122 1..1 Supporting document reference|BG-24
BT-123 0..1 Supporting document description|BG-24
BT-124 0..1 External document location|BG-24
BT-125 0..1 Attached document|BG-24
BG-25 1..n INVOICE LINE|BG-0
BT-126 1..1 Invoice line identifier|BG-25
BT-127 0..1 Invoice line note|BG-25
BT-128 0..1 Invoice line object identifier|BG-25
BT-129 1..1 Invoiced quantity|BG-25
BT-130 1..1 Invoiced quantity unit of measure code|BG-25
BT-131 1..1 Invoice line net amount|BG-25
BT-132 0..1 Referenced purchase order line reference|BG-25
BT-133 0..1 Invoice line Buyer accounting reference|BG-25
BG-26 0..1 INVOICE LINE PERIOD|BG-25
BT-134 0..1 Invoice line period start date|BG-26
BT-135 0..1 Invoice line period end date|BG-26
BG-27 0..n INVOICE LINE ALLOWANCES|BG-25
BT-136 1..1 Invoice line allowance amount|BG-27
BT-137 0..1 Invoice line allowance base amount|BG-27
BT-138 0..1 Invoice line allowance percentage|BG-27
BT-139 0..1 Invoice line allowance reason|BG-27
BT-140 0..1 Invoice line allowance reason code|BG-27
BG-28 0..n INVOICE LINE CHARGES|BG-25
BT-141 1..1 Invoice line charge amount|BG-28
BT-142 0..1 Invoice line charge base amount|BG-28
BT-143 0..1 Invoice line charge percentage|BG-28
BT-144 0..1 Invoice line charge reason|BG-28
BT-145 0..1 Invoice line charge reason code|BG-28
BG-29 1..1 PRICE DETAILS|BG-25
BT-146 1..1 Item net price|BG-29
BT-147 0..1 Item price discount|BG-29
BT-148 0..1 Item gross price|BG-29
BT-149 0..1 Item price base quantity|BG-29
BT-150 0..1 Item price base quantity unit of measure code|BG-29
BG-30 1..1 LINE VAT INFORMATION|BG-25
BT-151 1..1 Invoiced item VAT category code|BG-30
BT-152 0..1 Invoiced item VAT rate|BG-30
BG-31 1..1 ITEM INFORMATION|BG-25
BT-153 1..1 Item name|BG-31
BT-154 0..1 Item description|BG-31
BT-155 0..1 Item Seller's identifier|BG-31
BT-156 0..1 Item Buyer's identifier|BG-31
BT-157 0..1 Item standard identifier|BG-31
BT-158 0..n Item classification identifier|BG-31
BT-159 0..1 Item country of origin|BG-31
BG-32 0..n ITEM ATTRIBUTES|BG-31
BT-160 1..1 Item attribute name|BG-32
BT-161 1..1 Item attribute value|BG-32
`;

function parseTable(): Term[] {
  const terms: Term[] = [];
  for (const line of TABLE.trim().split("\n")) {
    const [head = "", parent = ""] = line.split("|");
    const [id = "", cardinality = "", ...name] = head.split(" ");
    terms.push({ id, cardinality: cardinality as Cardinality, name: name.join(" "), parent });
  }
  return terms;
}

/** Every business term and group of EN 16931, in the standard's order. */
export const TERMS: readonly Term[] = parseTable();

const BY_ID = new Map(TERMS.map((t) => [t.id, t]));

/** The term or group with that id (`BT-27`, `BG-4`), or undefined. */
export function termOf(id: string): Term | undefined {
  return BY_ID.get(id);
}
