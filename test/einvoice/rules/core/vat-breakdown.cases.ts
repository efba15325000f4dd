// VAT breakdown rules (BR-45 … BR-48, BR-CO-03, BR-CO-17, BR-CO-18, BR-DEC-19/20): tolerances, zero rates, and the
// CII breakdowns of categories L, M and O that the generic rule never sees.
import { type CoreCase, cii, ubl } from "./core-documents.js";

const ciiOne = (basis: string, tax: string, rate: string | undefined, cat = "S") =>
  cii({
    lines: [basis],
    breakdowns: [{ basis, tax, cat, ...(rate === undefined ? {} : { rate }) }],
    totals: [
      ["LineTotalAmount", basis],
      ["TaxBasisTotalAmount", basis],
      ["TaxTotalAmount", tax],
      ["GrandTotalAmount", basis],
      ["DuePayableAmount", basis],
    ],
  });

/** basis + tax, to the cent (test data only). */
const sum = (a: string, b: string) => (Number(a) + Number(b)).toFixed(2);

const ublOne = (basis: string, tax: string, rate: string | undefined, cat = "S") =>
  ubl({
    lines: [basis],
    totals: [
      ["LineExtensionAmount", basis],
      ["TaxExclusiveAmount", basis],
      ["TaxInclusiveAmount", sum(basis, tax)],
      ["PayableAmount", sum(basis, tax)],
    ],
    vatTotal: `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">${tax}</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">${basis}</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">${tax}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>${cat}</cbc:ID>${rate === undefined ? "" : `<cbc:Percent>${rate}</cbc:Percent>`}<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>`,
  });

export const vatBreakdownCases: CoreCase[] = [
  {
    name: "BR-CO-17 CII: a tax amount exactly one unit away is accepted (inclusive tolerance)",
    xml: ciiOne("100.00", "21.00", "20"),
    expected: {},
  },
  {
    name: "BR-CO-17 CII: a tax amount more than one unit away fires",
    xml: ciiOne("100.00", "21.01", "20"),
    expected: { "BR-CO-17": 1 },
  },
  {
    name: "BR-CO-17 UBL: a tax amount exactly one unit away fires (strict tolerance)",
    xml: ublOne("100.00", "21.00", "20"),
    expected: { "BR-CO-17": 1 },
  },
  {
    name: "BR-CO-17 UBL: within one unit passes",
    xml: ublOne("100.00", "20.99", "20"),
    expected: {},
  },
  {
    name: "BR-CO-17 UBL: a rate that rounds to zero needs a tax amount that rounds to zero (0.49 → 0)",
    xml: ublOne("100.00", "0.49", "0.4"),
    expected: {},
  },
  {
    name: "BR-CO-17 UBL: halves round up: a 0.50 tax amount with a zero rate fires",
    xml: ublOne("100.00", "0.50", "0"),
    expected: { "BR-CO-17": 1 },
  },
  {
    name: "BR-CO-17 CII: negative amounts are compared in absolute value (BR-27 fires on the negative price)",
    xml: ciiOne("-50.00", "-10.00", "20"),
    expected: { "BR-27": 1 },
  },
  {
    name: "BR-CO-17 and BR-48 CII: a breakdown without rate needs a zero tax amount",
    xml: ciiOne("100.00", "20.00", undefined),
    expected: { "BR-48": 1, "BR-CO-17": 1 },
  },
  {
    name: "CII: a breakdown of category O is taken by the BR-O rule first, so BR-CO-17 and BR-DEC-20 never see it",
    xml: ciiOne("100.00", "5.555", "20", "O"),
    expected: { "BR-CO-14": 1, "BR-DEC-13": 1 },
  },
  {
    name: "UBL: the same breakdown of category O is checked by BR-CO-17 and BR-DEC-20",
    xml: ublOne("100.00", "5.555", "20", "O"),
    expected: { "BR-CO-14": 1, "BR-CO-17": 1, "BR-DEC-20": 1 },
  },
  {
    name: "BR-45, BR-46, BR-DEC-19 CII: one finding per breakdown",
    xml: cii({
      breakdowns: [
        { basis: "50.001", tax: "10.00", cat: "S", rate: "20" },
        { cat: "S", rate: "20" },
      ],
    }),
    expected: { "BR-45": 1, "BR-46": 1, "BR-CO-14": 1, "BR-CO-17": 1, "BR-DEC-19": 1 },
  },
  {
    name: "BR-47 and BR-48 UBL: a breakdown whose scheme is not VAT has no VAT category",
    xml: ubl({ breakdowns: [{ basis: "100.00", tax: "20.00", cat: "S", rate: "20", type: "GST" }] }),
    expected: { "BR-47": 1, "BR-48": 1, "BR-CO-17": 1 },
  },
  {
    name: "BR-CO-03 CII: tax point date and its code together fire once per breakdown",
    xml: cii({
      settlement: `<ram:ApplicableTradeTax><ram:CalculatedAmount>0</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>0</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>10</ram:RateApplicablePercent><ram:TaxPointDate><udt:DateString format="102">20250115</udt:DateString></ram:TaxPointDate><ram:DueDateTypeCode>5</ram:DueDateTypeCode></ram:ApplicableTradeTax>`,
    }),
    expected: { "BR-CO-03": 2 },
  },
  {
    name: "BR-CO-18 CII: no VAT breakdown fires once per line",
    xml: cii({
      lines: ["60.00", "40.00"],
      breakdowns: [],
      totals: [
        ["LineTotalAmount", "100.00"],
        ["TaxBasisTotalAmount", "100.00"],
        ["GrandTotalAmount", "100.00"],
        ["DuePayableAmount", "100.00"],
      ],
    }),
    expected: { "BR-CO-18": 2 },
  },
];
