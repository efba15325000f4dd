// Sums and roundings of BR-CO-10 … BR-CO-16: each case lists every core finding expected (checked against the
// official artefacts 1.3.16 when written).
import { type CoreCase, cii, ubl } from "./core-documents.js";

const ciiTotals = (line: string, basis: string, vat: string, grand: string, due: string, extra: [string, string][] = []): [string, string][] => [
  ["LineTotalAmount", line],
  ...extra.filter(([k]) => k !== "TotalPrepaidAmount" && k !== "RoundingAmount"),
  ["TaxBasisTotalAmount", basis],
  ["TaxTotalAmount", vat],
  ["GrandTotalAmount", grand],
  ...extra.filter(([k]) => k === "TotalPrepaidAmount" || k === "RoundingAmount"),
  ["DuePayableAmount", due],
];

export const arithmeticCases: CoreCase[] = [
  {
    name: "BR-CO-10 CII: the line sum is a double, rounded from its exact value (1.005 is 1.00499… → 1.00)",
    xml: cii({ lines: ["1.005"], totals: ciiTotals("1.00", "1.00", "0.20", "1.20", "1.20"), breakdowns: [{ basis: "1.00", tax: "0.20", cat: "S", rate: "20" }] }),
    expected: { "BR-DEC-23": 1 },
  },
  {
    name: "BR-CO-10 UBL: the line sum is an exact decimal, rounded half up (1.005 → 1.01)",
    xml: ubl({
      lines: ["1.005"],
      totals: [
        ["LineExtensionAmount", "1.00"],
        ["TaxExclusiveAmount", "1.00"],
        ["TaxInclusiveAmount", "1.20"],
        ["PayableAmount", "1.20"],
      ],
      vatTotal: `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">0.20</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">1.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">0.20</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>`,
    }),
    expected: { "BR-CO-10": 1, "BR-DEC-23": 1 },
  },
  {
    name: "BR-CO-10 CII: 0.335 + 0.67 as doubles is 1.0050000000000001, which rounds to 1.01",
    xml: cii({ lines: ["0.335", "0.67"], totals: ciiTotals("1.00", "1.00", "0.20", "1.20", "1.20"), breakdowns: [{ basis: "1.00", tax: "0.20", cat: "S", rate: "20" }] }),
    expected: { "BR-CO-10": 1, "BR-DEC-23": 1 },
  },
  {
    name: "BR-CO-10 CII: one finding when BT-106 differs from the lines by a cent",
    xml: cii({ lines: ["60.00", "40.00"], totals: ciiTotals("100.01", "100.01", "20.00", "120.01", "120.01") }),
    expected: { "BR-CO-10": 1 },
  },
  {
    name: "BR-12 and BR-CO-10 CII: a missing BT-106 fails both",
    xml: cii({ totals: ciiTotals("100.00", "100.00", "20.00", "120.00", "120.00").filter(([k]) => k !== "LineTotalAmount") }),
    expected: { "BR-12": 1, "BR-CO-10": 1, "BR-CO-13": 1 },
  },
  {
    name: "BR-CO-11, BR-CO-13 CII: allowances summed per indicator cast to boolean (\"0\" counts), total rounded",
    xml: cii({
      settlement: `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>0</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:Reason>Remise</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>`,
      totals: ciiTotals("100.00", "90.00", "18.00", "108.00", "108.00", [["AllowanceTotalAmount", "10.00"]]),
      breakdowns: [{ basis: "90.00", tax: "18.00", cat: "S", rate: "20" }],
    }),
    expected: {},
  },
  {
    name: "BR-CO-11 CII: an allowance total without any allowance fires",
    xml: cii({ totals: ciiTotals("100.00", "100.00", "20.00", "120.00", "120.00", [["AllowanceTotalAmount", "0.01"]]) }),
    expected: { "BR-CO-11": 1, "BR-CO-13": 1 },
  },
  {
    name: "BR-CO-12 UBL: charges summed exactly; BT-108 missing while a charge exists fires",
    xml: ubl({
      settlement: `<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:AllowanceChargeReason>Port</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">5.00</cbc:Amount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:AllowanceCharge>`,
    }),
    expected: { "BR-CO-12": 1 },
  },
  {
    name: "BR-CO-13 UBL: no rounding when there is neither allowance nor charge total (100.001 ≠ 100.00)",
    xml: ubl({
      totals: [
        ["LineExtensionAmount", "100.00"],
        ["TaxExclusiveAmount", "100.001"],
        ["TaxInclusiveAmount", "120.00"],
        ["PayableAmount", "120.00"],
      ],
    }),
    expected: { "BR-CO-13": 1, "BR-DEC-12": 1 },
  },
  {
    name: "BR-CO-13 CII: rounds to the cent, halves up (100.005 − 0 → 100.01)",
    xml: cii({ lines: ["100.005"], totals: ciiTotals("100.005", "100.01", "20.00", "120.01", "120.01"), breakdowns: [{ basis: "100.01", tax: "20.00", cat: "S", rate: "20" }] }),
    expected: { "BR-CO-10": 1, "BR-DEC-09": 1, "BR-DEC-23": 1 },
  },
  {
    name: "BR-CO-14 CII: VAT total in the invoice currency compared with the breakdowns' sum, per total",
    xml: cii({
      totals: ciiTotals("100.00", "100.00", "20.01", "120.00", "120.00"),
    }),
    expected: { "BR-CO-14": 1, "BR-CO-15": 1 },
  },
  {
    name: "BR-CO-14 CII: a VAT total in another currency is not compared (BT-111)",
    xml: cii({ vatTotal: `<ram:TaxTotalAmount currencyID="USD">21.37</ram:TaxTotalAmount>` }),
    expected: {},
  },
  {
    name: "BR-CO-15 CII: BT-112 = BT-109 passes even with a VAT total present",
    xml: cii({ totals: ciiTotals("100.00", "100.00", "20.00", "100.00", "100.00") }),
    expected: {},
  },
  {
    name: "BR-CO-15 UBL: two VAT totals in the invoice currency fire",
    xml: ubl({
      vatTotal: `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal><cac:TaxTotal><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount></cac:TaxTotal>`,
    }),
    expected: { "BR-CO-15": 1 },
  },
  {
    name: "BR-CO-16 CII: exact, with prepaid and rounding amounts",
    xml: cii({
      totals: ciiTotals("100.00", "100.00", "20.00", "120.00", "70.01", [
        ["TotalPrepaidAmount", "50.00"],
        ["RoundingAmount", "0.01"],
      ]),
    }),
    expected: {},
  },
  {
    name: "BR-CO-16 UBL: with a rounding amount both sides are rounded to the cent",
    xml: ubl({
      totals: [
        ["LineExtensionAmount", "100.00"],
        ["TaxExclusiveAmount", "100.00"],
        ["TaxInclusiveAmount", "120.00"],
        ["PayableRoundingAmount", "0.004"],
        ["PayableAmount", "120.004"],
      ],
    }),
    expected: { "BR-DEC-17": 1, "BR-DEC-18": 1 },
  },
  {
    name: "BR-CO-16 UBL: a due amount off by a cent fires",
    xml: ubl({
      totals: [
        ["LineExtensionAmount", "100.00"],
        ["TaxExclusiveAmount", "100.00"],
        ["TaxInclusiveAmount", "120.00"],
        ["PrepaidAmount", "20.00"],
        ["PayableAmount", "100.01"],
      ],
    }),
    expected: { "BR-CO-16": 1 },
  },
  {
    name: "BR-DEC-13 CII: a VAT total with three decimals in the invoice currency fires (xs:double check)",
    xml: cii({ totals: ciiTotals("100.00", "100.00", "20.001", "120.00", "120.00") }),
    expected: { "BR-CO-14": 1, "BR-DEC-13": 1 },
  },
  {
    name: "BR-DEC-13 UBL: as written by the artefact it never fires on a well-formed TaxAmount",
    xml: ubl({
      vatTotal: `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">20.001</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>`,
    }),
    expected: { "BR-CO-14": 1 },
  },
  {
    name: "Unreadable amounts: the sums that read them fail (the official run stops with an error there)",
    xml: cii({ lines: ["abc"], breakdowns: [{ basis: "100.00", tax: "20.00", cat: "S", rate: "20" }] }),
    expected: { "BR-27": 1, "BR-CO-10": 1 },
    officialStops: true,
  },
];
