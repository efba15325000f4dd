// Which nodes the rules look at (and so how many findings): allowances and charges, parties, payment, periods,
// identifiers, decimals written with trailing spaces.
import { type CoreCase, cii, ubl } from "./core-documents.js";

const ciiAllowance = (indicator: string, body: string) =>
  `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator>${indicator}</ram:ChargeIndicator>${body}</ram:SpecifiedTradeAllowanceCharge>`;

export const contextCases: CoreCase[] = [
  {
    name: "BR-31, BR-32, BR-33, BR-CO-21 CII: an empty document allowance fires each once",
    xml: cii({
      settlement: ciiAllowance("<udt:Indicator>false</udt:Indicator>", ""),
      totals: [
        ["LineTotalAmount", "100.00"],
        ["AllowanceTotalAmount", "0.00"],
        ["TaxBasisTotalAmount", "100.00"],
        ["TaxTotalAmount", "20.00"],
        ["GrandTotalAmount", "120.00"],
        ["DuePayableAmount", "120.00"],
      ],
    }),
    expected: { "BR-31": 1, "BR-32": 1, "BR-33": 1, "BR-CO-21": 1 },
  },
  {
    name: "CII: an indicator written 0 is not a 'false' context (BR-31 … 33 silent) but counts in BR-CO-11",
    xml: cii({ settlement: ciiAllowance("<udt:Indicator>0</udt:Indicator>", "<ram:ActualAmount>1.00</ram:ActualAmount>") }),
    expected: { "BR-CO-11": 1 },
  },
  {
    name: "CII: an indicator saying false and true meets the allowance rules only",
    xml: cii({
      settlement: ciiAllowance("<udt:Indicator>false</udt:Indicator><udt:Indicator>true</udt:Indicator>", ""),
    }),
    expected: { "BR-31": 1, "BR-32": 1, "BR-33": 1, "BR-CO-21": 1, "BR-CO-11": 1, "BR-CO-12": 1 },
  },
  {
    name: "BR-41, BR-42, BR-CO-23, BR-DEC-24 UBL: per line allowance",
    xml: ubl({
      lineExtra: `<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">1.005</cbc:Amount></cac:AllowanceCharge><cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator></cac:AllowanceCharge>`,
    }),
    expected: { "BR-41": 1, "BR-42": 2, "BR-CO-23": 2, "BR-DEC-24": 1 },
  },
  {
    name: "BR-43, BR-44, BR-CO-24, BR-DEC-28 CII: a line charge with a 3-decimal base",
    xml: cii({
      lineExtra: ciiAllowance("<udt:Indicator>true</udt:Indicator>", "<ram:BasisAmount>10.125</ram:BasisAmount>"),
    }),
    expected: { "BR-43": 1, "BR-44": 1, "BR-CO-24": 1, "BR-DEC-28": 1 },
  },
  {
    name: "BR-17 CII: a payee with the seller's name counts as the seller and fires",
    xml: cii({ settlement: `<ram:PayeeTradeParty><ram:Name>Atelier Dupont</ram:Name></ram:PayeeTradeParty>` }),
    expected: { "BR-17": 1 },
  },
  {
    name: "BR-17 UBL: a named payee different from the seller passes; one without a name fires",
    xml: ubl({ settlement: `<cac:PayeeParty><cac:PartyName><cbc:Name>Factor SA</cbc:Name></cac:PartyName></cac:PayeeParty><cac:PayeeParty><cac:PartyIdentification><cbc:ID>42</cbc:ID></cac:PartyIdentification></cac:PayeeParty>` }),
    expected: { "BR-17": 1 },
  },
  {
    name: "BR-18, BR-19, BR-20, BR-56 CII: an empty tax representative",
    xml: cii({ agreement: `<ram:SellerTaxRepresentativeTradeParty/>` }),
    expected: { "BR-18": 1, "BR-19": 1, "BR-20": 1, "BR-56": 1 },
  },
  {
    name: "BR-CO-09 CII: the prefix must be a listed country code (XX fires, EL passes)",
    xml: cii({
      agreement: ["EL123", "XX123"]
        .map(
          (vat) =>
            `<ram:SellerTaxRepresentativeTradeParty><ram:Name>Rep</ram:Name><ram:PostalTradeAddress><ram:CountryID>GR</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${vat}</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTaxRepresentativeTradeParty>`,
        )
        .join(""),
    }),
    expected: { "BR-CO-09": 1 },
  },
  {
    name: "BR-CO-09 UBL: two characters found anywhere in the list pass (\"D 1\" and \"1A\"), an unknown pair fires",
    xml: ubl({
      agreement: `<cac:TaxRepresentativeParty><cac:PartyName><cbc:Name>Rep</cbc:Name></cac:PartyName><cac:PostalAddress><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyTaxScheme><cbc:CompanyID>D 1</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyTaxScheme><cbc:CompanyID>QQ1</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:TaxRepresentativeParty>`,
    }),
    expected: { "BR-CO-09": 1 },
  },
  {
    name: "BR-51: a full card number is fatal in CII",
    xml: cii({
      settlement: `<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>48</ram:TypeCode><ram:ApplicableTradeSettlementFinancialCard><ram:ID>4970101234567890</ram:ID></ram:ApplicableTradeSettlementFinancialCard></ram:SpecifiedTradeSettlementPaymentMeans>`,
    }),
    expected: { "BR-51": 1 },
  },
  {
    name: "BR-51: a full card number is a warning in UBL",
    xml: ubl({
      settlement: `<cac:PaymentMeans><cbc:PaymentMeansCode>48</cbc:PaymentMeansCode><cac:CardAccount><cbc:PrimaryAccountNumberID>4970101234567890</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount></cac:PaymentMeans>`,
    }),
    expected: { "BR-51 (warning)": 1 },
  },
  {
    name: "BR-49, BR-50, BR-61 UBL: a transfer without account, a means without code",
    xml: ubl({
      settlement: `<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:Name>x</cbc:Name></cac:PayeeFinancialAccount></cac:PaymentMeans><cac:PaymentMeans><cbc:PaymentID>1</cbc:PaymentID></cac:PaymentMeans>`,
    }),
    expected: { "BR-49": 1, "BR-50": 1, "BR-61": 1 },
  },
  {
    name: "BR-29, BR-CO-19 CII: dates compared as written; an empty period fires BR-CO-19",
    xml: cii({
      settlement: `<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format="102">20250201</udt:DateTimeString></ram:StartDateTime><ram:EndDateTime><udt:DateTimeString format="102">20250131</udt:DateTimeString></ram:EndDateTime></ram:BillingSpecifiedPeriod>`,
      lineExtra: `<ram:BillingSpecifiedPeriod/>`,
    }),
    expected: { "BR-29": 1, "BR-CO-20": 1 },
  },
  {
    name: "BR-30 UBL: a line period ending before it starts; the header period accepts a description code alone",
    xml: ubl({
      settlement: `<cac:InvoicePeriod><cbc:DescriptionCode>35</cbc:DescriptionCode></cac:InvoicePeriod>`,
      lineExtra: `<cac:InvoicePeriod><cbc:StartDate>2025-02-01</cbc:StartDate><cbc:EndDate>2025-01-31</cbc:EndDate></cac:InvoicePeriod>`,
    }),
    expected: { "BR-30": 1 },
  },
  {
    name: "BR-53 CII: a VAT accounting currency equal to the invoice currency fires",
    xml: cii({ settlement: `<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>` }),
    expected: { "BR-53": 1 },
  },
  {
    name: "BR-53, BR-DEC-15 CII: a VAT total in the accounting currency with 3 decimals",
    xml: cii({ settlement: `<ram:TaxCurrencyCode>USD</ram:TaxCurrencyCode>`, vatTotal: `<ram:TaxTotalAmount currencyID="USD">21.375</ram:TaxTotalAmount>` }),
    expected: { "BR-DEC-15": 1 },
  },
  {
    name: "BR-64, BR-65 UBL: item identifiers without their scheme, one finding each",
    xml: ubl().replace(
      "<cbc:Name>Article 1</cbc:Name>",
      `<cbc:Name>Article 1</cbc:Name><cac:StandardItemIdentification><cbc:ID>3700000000001</cbc:ID></cac:StandardItemIdentification><cac:CommodityClassification><cbc:ItemClassificationCode>12345</cbc:ItemClassificationCode></cac:CommodityClassification><cac:CommodityClassification><cbc:ItemClassificationCode listID="STI">1</cbc:ItemClassificationCode></cac:CommodityClassification>`,
    ),
    expected: { "BR-64": 1, "BR-65": 1 },
  },
  {
    name: "BR-62, BR-63 CII: electronic addresses without scheme",
    xml: cii()
      .replace("<ram:Name>Atelier Dupont</ram:Name>", "<ram:Name>Atelier Dupont</ram:Name><ram:URIUniversalCommunication><ram:URIID>a@b.fr</ram:URIID></ram:URIUniversalCommunication>")
      .replace("</ram:BuyerTradeParty>", `<ram:URIUniversalCommunication><ram:URIID schemeID=" ">x</ram:URIID></ram:URIUniversalCommunication></ram:BuyerTradeParty>`),
    expected: { "BR-62": 1, "BR-63": 1 },
  },
  {
    name: "BR-DEC-23, BR-DEC-09 CII: a trailing space after two decimals counts as a third character",
    xml: cii({
      lines: ["100.00 "],
      totals: [
        ["LineTotalAmount", "100.00 "],
        ["TaxBasisTotalAmount", "100.00"],
        ["TaxTotalAmount", "20.00"],
        ["GrandTotalAmount", "120.00"],
        ["DuePayableAmount", "120.00"],
      ],
    }),
    expected: { "BR-DEC-09": 1, "BR-DEC-23": 1 },
  },
  {
    name: "BR-01 … BR-11 UBL: names made of spaces only are missing",
    xml: ubl().replace("<cbc:RegistrationName>Atelier Dupont</cbc:RegistrationName>", "<cbc:RegistrationName> \n </cbc:RegistrationName>"),
    expected: { "BR-06": 1 },
  },
  {
    name: "BR-16, BR-CO-18 UBL: no line and no VAT breakdown",
    xml: ubl({ lines: [], vatTotal: `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount></cac:TaxTotal>` }),
    expected: { "BR-16": 1, "BR-CO-10": 1, "BR-CO-18": 1 },
  },
];
