import type { SyntaxContext } from "../../support/syntax-table.js";

// The invoice line and its item (BG-25, BG-31, BG-32): CII-SR rules.
// Facts of the CEN validation artefacts 1.3.16 (EN16931-CII-syntax.sch), in the form of syntax-table.ts.

const TX = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction";
const LINE = `${TX}/ram:IncludedSupplyChainTradeLineItem`;
const W = "warning";
const F = "fatal";

/** The invoice line and its item (BG-25, BG-31, BG-32): CII-SR rules. */
export const CII_LINE: readonly SyntaxContext[] = [
  {
    rank: 5,
    context: [`${LINE}`],
    label: "ram:IncludedSupplyChainTradeLineItem",
    absent: [
      ["CII-SR-035", W, "ram:DescriptionCode"],
      ["CII-SR-036", W, "ram:ParentLineID"],
      ["CII-SR-037", W, "ram:LineStatusCode"],
      ["CII-SR-038", W, "ram:LineStatusReasonCode"],
      ["CII-SR-221", W, "ram:IncludedSubordinateTradeLineItem"],
    ],
  },
  {
    rank: 6,
    context: [`${LINE}/ram:AssociatedDocumentLineDocument`],
    label: "ram:AssociatedDocumentLineDocument",
    absent: [
      ["CII-SR-041", W, "ram:IncludedNote/ram:SubjectCode"],
      ["CII-SR-042", W, "ram:IncludedNote/ram:ID"],
      ["CII-SR-043", W, "ram:IncludedNote/ram:Subject"],
      ["CII-SR-044", W, "ram:IncludedNote/ram:ContentCode"],
    ],
    checks: [
      { kind: "count", id: "CII-SR-039", flag: W, path: "ram:IncludedNote", max: 1, terms: ["BT-127"] },
      { kind: "count", id: "CII-SR-040", flag: W, path: "ram:IncludedNote/ram:Content", max: 1, terms: ["BT-127"] },
    ],
  },
  {
    rank: 7,
    context: [`${LINE}/ram:SpecifiedTradeProduct`],
    label: "ram:SpecifiedTradeProduct",
    absent: [
      ["CII-SR-045", W, "ram:ID"],
      ["CII-SR-048", W, "ram:ManufacturerAssignedID"],
      ["CII-SR-049", W, "ram:TradeName"],
      ["CII-SR-050", W, "ram:TypeCode"],
      ["CII-SR-051", W, "ram:NetWeightMeasure"],
      ["CII-SR-052", W, "ram:GrossWeightMeasure"],
      ["CII-SR-053", W, "ram:ProductGroupID"],
      ["CII-SR-054", W, "ram:EndItemTypeCode"],
      ["CII-SR-055", W, "ram:EndItemName"],
      ["CII-SR-056", W, "ram:AreaDensityMeasure"],
      ["CII-SR-057", W, "ram:UseDescription"],
      ["CII-SR-058", W, "ram:BrandName"],
      ["CII-SR-059", W, "ram:SubBrandName"],
      ["CII-SR-060", W, "ram:DrainedNetWeightMeasure"],
      ["CII-SR-061", W, "ram:VariableMeasureIndicator"],
      ["CII-SR-062", W, "ram:ColourCode"],
      ["CII-SR-063", W, "ram:ColourDescription"],
      ["CII-SR-064", W, "ram:Designation"],
      ["CII-SR-065", W, "ram:FormattedCancellationAnnouncedLaunchDateTime"],
      ["CII-SR-066", W, "ram:FormattedLatestProductDataChangeDateTime"],
      ["CII-SR-067", W, "ram:ApplicableProductCharacteristic/ram:ID"],
      ["CII-SR-068", W, "ram:ApplicableProductCharacteristic/ram:TypeCode"],
      ["CII-SR-070", W, "ram:ApplicableProductCharacteristic/ram:ValueMeasure"],
      ["CII-SR-071", W, "ram:ApplicableProductCharacteristic/ram:MeasurementMethodCode"],
      ["CII-SR-073", W, "ram:ApplicableProductCharacteristic/ram:ValueCode"],
      ["CII-SR-074", W, "ram:ApplicableProductCharacteristic/ram:ValueDateTime"],
      ["CII-SR-075", W, "ram:ApplicableProductCharacteristic/ram:ValueIndicator"],
      ["CII-SR-076", W, "ram:ApplicableProductCharacteristic/ram:ContentTypeCode"],
      ["CII-SR-077", W, "ram:ApplicableProductCharacteristic/ram:ValueSpecifiedBinaryFile"],
      ["CII-SR-078", W, "ram:ApplicableProductCharacteristic/ram:ApplicableProductCharacteristicCondition"],
      ["CII-SR-079", W, "ram:ApplicableProductCharacteristic/ram:ApplicableReferencedStandard"],
      ["CII-SR-080", W, "ram:ApplicableMaterialGoodsCharacteristic"],
      ["CII-SR-081", W, "ram:DesignatedProductClassification/ram:SystemID"],
      ["CII-SR-082", W, "ram:DesignatedProductClassification/ram:SystemName"],
      ["CII-SR-083", W, "ram:DesignatedProductClassification/ram:ClassName"],
      ["CII-SR-084", W, "ram:DesignatedProductClassification/ram:SubClassCode"],
      ["CII-SR-085", W, "ram:DesignatedProductClassification/ram:ClassProductCharacteristic"],
      ["CII-SR-086", W, "ram:DesignatedProductClassification/ram:ApplicableReferencedStandard"],
      ["CII-SR-087", W, "ram:IndividualTradeProductInstance"],
      ["CII-SR-088", W, "ram:CertificationEvidenceReferenceReferencedDocument"],
      ["CII-SR-089", W, "ram:InspectionReferenceReferencedDocument"],
      ["CII-SR-091", W, "ram:OriginTradeCountry/ram:Name"],
      ["CII-SR-092", W, "ram:OriginTradeCountry/ram:SubordinateTradeCountrySubDivision"],
      ["CII-SR-093", W, "ram:LinearSpatialDimension"],
      ["CII-SR-094", W, "ram:MinimumLinearSpatialDimension"],
      ["CII-SR-095", W, "ram:MaximumLinearSpatialDimension"],
      ["CII-SR-096", W, "ram:ManufacturerTradeParty"],
      ["CII-SR-097", W, "ram:PresentationSpecifiedBinaryFile"],
      ["CII-SR-098", W, "ram:MSDSReferenceReferencedDocument"],
      ["CII-SR-099", W, "ram:AdditionalReferenceReferencedDocument"],
      ["CII-SR-100", W, "ram:LegalRightsOwnerTradeParty"],
      ["CII-SR-101", W, "ram:BrandOwnerTradeParty"],
      ["CII-SR-102", W, "ram:IncludedReferencedProduct"],
      ["CII-SR-103", W, "ram:InformationNote"],
    ],
    checks: [
      { kind: "count", id: "CII-SR-046", flag: F, path: "ram:GlobalID/@schemeID", min: 1, onlyIf: "ram:GlobalID", terms: ["BT-157-1"] },
      { kind: "count", id: "CII-SR-090", flag: F, path: "ram:OriginTradeCountry/ram:ID", min: 1, max: 1, onlyIf: "ram:OriginTradeCountry", terms: ["BT-159"] },
    ],
  },
  {
    rank: 8,
    context: [`${LINE}/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic`],
    label: "ram:ApplicableProductCharacteristic",
    checks: [
      { kind: "count", id: "CII-SR-069", flag: F, path: "ram:Description", min: 1, max: 1, terms: ["BT-160"] },
      { kind: "count", id: "CII-SR-072", flag: F, path: "ram:Value", min: 1, max: 1, terms: ["BT-161"] },
    ],
  },
];
