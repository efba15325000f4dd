import type { SyntaxContext } from "../../support/syntax-table.js";

// The document, its context and header (BG-1, BT-1 to BT-24): CII-SR rules.
// Facts of the CEN validation artefacts 1.3.16 (EN16931-CII-syntax.sch), in the form of syntax-table.ts.

const W = "warning";
const F = "fatal";

/** The document, its context and header (BG-1, BT-1 to BT-24): CII-SR rules. */
export const CII_DOCUMENT: readonly SyntaxContext[] = [
  {
    rank: 2,
    context: ["/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext"],
    label: "rsm:ExchangedDocumentContext",
    absent: [
      ["CII-SR-001", W, "ram:SpecifiedTransactionID"],
      ["CII-SR-002", W, "ram:TestIndicator"],
      ["CII-SR-006", W, "ram:BIMSpecifiedDocumentContextParameter"],
      ["CII-SR-007", W, "ram:ScenarioSpecifiedDocumentContextParameter"],
      ["CII-SR-008", W, "ram:ApplicationSpecifiedDocumentContextParameter"],
      ["CII-SR-011", W, "ram:SubsetSpecifiedDocumentContextParameter"],
      ["CII-SR-012", W, "ram:MessageStandardSpecifiedDocumentContextParameter"],
    ],
    checks: [
      { kind: "count", id: "CII-SR-003", flag: W, path: "ram:BusinessProcessSpecifiedDocumentContextParameter", max: 1, terms: ["BT-23"] },
      { kind: "count", id: "CII-SR-009", flag: F, path: "ram:GuidelineSpecifiedDocumentContextParameter", min: 1, max: 1, terms: ["BT-24"] },
      { kind: "count", id: "CII-SR-010", flag: F, path: "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", min: 1, max: 1, terms: ["BT-24"] },
    ],
  },
  {
    rank: 3,
    context: ["/rsm:CrossIndustryInvoice/rsm:ExchangedDocument"],
    label: "rsm:ExchangedDocument",
    absent: [
      ["CII-SR-013", W, "ram:Name"],
      ["CII-SR-015", W, "ram:IssueDateTime/udt:DateTime"],
      ["CII-SR-016", W, "ram:CopyIndicator"],
      ["CII-SR-017", W, "ram:Purpose"],
      ["CII-SR-018", W, "ram:ControlRequirementIndicator"],
      ["CII-SR-019", W, "ram:LanguageID"],
      ["CII-SR-020", W, "ram:PurposeCode"],
      ["CII-SR-021", W, "ram:RevisionDateTime"],
      ["CII-SR-022", W, "ram:VersionID"],
      ["CII-SR-023", W, "ram:GlobalID"],
      ["CII-SR-024", W, "ram:RevisionID"],
      ["CII-SR-025", W, "ram:PreviousRevisionID"],
      ["CII-SR-026", W, "ram:CategoryCode"],
      ["CII-SR-027", W, "ram:IncludedNote/ram:Subject"],
      ["CII-SR-028", W, "ram:IncludedNote/ram:ContentCode"],
      ["CII-SR-032", W, "ram:IncludedNote/ram:ID"],
      ["CII-SR-033", W, "ram:EffectiveSpecifiedPeriod"],
      ["CII-SR-034", W, "ram:IssuerTradeParty"],
    ],
    checks: [
      { kind: "count", id: "CII-SR-014", flag: F, path: "ram:TypeCode", min: 1, max: 1, terms: ["BT-3"] },
    ],
  },
  {
    rank: 4,
    context: ["/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote"],
    label: "ram:IncludedNote",
    checks: [
      { kind: "count", id: "CII-SR-030", flag: W, path: "ram:Content", max: 1, terms: ["BT-22"] },
    ],
  },
  {
    rank: 18,
    context: ["/rsm:CrossIndustryInvoice"],
    label: "rsm:CrossIndustryInvoice",
    absent: [
      ["CII-DT-013", F, "@languageID"],
      ["CII-DT-014", F, "@languageLocaleID"],
      ["CII-SR-438", W, "ram:ValuationBreakdownStatement"],
    ],
    checks: [
      { kind: "same-values", id: "CII-SR-467", flag: F, path: "//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode", normalize: true, terms: ["BT-81"] },
      { kind: "same-values", id: "CII-SR-468", flag: F, path: "//ram:SpecifiedTradeSettlementPaymentMeans/ram:Information", normalize: true, terms: ["BT-82"] },
      { kind: "count", id: "CII-SR-469", flag: F, path: "//ram:ApplicableHeaderTradeSettlement/ram:PaymentReference", max: 1, terms: ["BT-83"] },
    ],
  },
  {
    rank: 19,
    context: ["//*DocumentContextParameter"],
    label: "…DocumentContextParameter",
    absent: [
      ["CII-SR-04", W, "ram:Value"],
      ["CII-SR-05", W, "ram:SpecifiedDocumentVersion"],
    ],
  },
];
