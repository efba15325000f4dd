import { castBoolean } from "../../support/syntax-condition.js";
import { stringValue } from "../../support/syntax-path.js";
import type { SyntaxCheck, SyntaxContext } from "../../support/syntax-table.js";

// The line's agreement, delivery and settlement (BG-26 to BG-29), and allowances and charges anywhere: CII-SR rules.
// Facts of the CEN validation artefacts 1.3.16 (EN16931-CII-syntax.sch), in the form of syntax-table.ts.

const TX = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction";
const LINE = `${TX}/ram:IncludedSupplyChainTradeLineItem`;
const W = "warning";
const F = "fatal";

/** CII-SR-119: a gross price allowance has an indicator that reads false and an amount, or neither (no charges on price). */
const GROSS_PRICE_DISCOUNT_ONLY: SyntaxCheck = {
  kind: "custom",
  id: "CII-SR-119",
  flag: W,
  terms: ["BT-147"],
  test: (agreement) => {
    // Over every GrossPriceProductTradePrice/AppliedTradeAllowanceCharge of the line, as the XPath paths do.
    let discount = false;
    let indicator = false;
    let amount = false;
    for (const price of agreement.children) {
      if (price.key !== "ram:GrossPriceProductTradePrice") continue;
      for (const charge of price.children) {
        if (charge.key !== "ram:AppliedTradeAllowanceCharge") continue;
        for (const c of charge.children) {
          if (c.key === "ram:ActualAmount") amount = true;
          if (c.key !== "ram:ChargeIndicator") continue;
          indicator = true;
          if (c.children.some((i) => i.key === "udt:Indicator" && castBoolean(stringValue(i)) === false)) discount = true;
        }
      }
    }
    return (discount && amount) || (!indicator && !amount);
  },
  message: {
    fr: "Le rabais sur le prix brut (BT-147) doit être une remise (indicateur « false ») accompagnée de son montant : un prix brut ne porte pas de charge.",
    en: "The gross price allowance (BT-147) must be an allowance (indicator false) with its amount: a gross price carries no charge.",
  },
};

/** The line's agreement, delivery and settlement (BG-26 to BG-29), and allowances and charges anywhere: CII-SR rules. */
export const CII_LINE_TRADE: readonly SyntaxContext[] = [
  {
    rank: 9,
    context: [`${LINE}/ram:SpecifiedLineTradeAgreement`],
    label: "ram:SpecifiedLineTradeAgreement",
    absent: [
      ["CII-SR-104", W, "ram:BuyerReference"],
      ["CII-SR-105", W, "ram:BuyerRequisitionerTradeParty"],
      ["CII-SR-106", W, "ram:ApplicableTradeDeliveryTerms"],
      ["CII-SR-107", W, "ram:SellerOrderReferencedDocument"],
      ["CII-SR-108", W, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"],
      ["CII-SR-109", W, "ram:QuotationReferencedDocument"],
      ["CII-SR-110", W, "ram:ContractReferencedDocument"],
      ["CII-SR-111", W, "ram:DemandForecastReferencedDocument"],
      ["CII-SR-112", W, "ram:PromotionalDealReferencedDocument"],
      ["CII-SR-113", W, "ram:AdditionalReferencedDocument"],
      ["CII-SR-114", W, "ram:GrossPriceProductTradePrice/ram:TypeCode"],
      ["CII-SR-115", W, "ram:GrossPriceProductTradePrice/ram:MinimumQuantity"],
      ["CII-SR-116", W, "ram:GrossPriceProductTradePrice/ram:MaximumQuantity"],
      ["CII-SR-117", W, "ram:GrossPriceProductTradePrice/ram:ChangeReason"],
      ["CII-SR-118", W, "ram:GrossPriceProductTradePrice/ram:OrderUnitConversionFactorNumeric"],
      ["CII-SR-120", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ID"],
      ["CII-SR-121", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:SequenceNumeric"],
      ["CII-SR-122", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:CalculationPercent"],
      ["CII-SR-123", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:BasisAmount"],
      ["CII-SR-124", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:BasisQuantity"],
      ["CII-SR-125", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:PrepaidIndicator"],
      ["CII-SR-126", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:UnitBasisAmount"],
      ["CII-SR-127", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ReasonCode"],
      ["CII-SR-128", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:Reason"],
      ["CII-SR-129", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:TypeCode"],
      ["CII-SR-130", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:CategoryTradeTax"],
      ["CII-SR-131", W, "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualTradeCurrencyExchange"],
      ["CII-SR-445", W, "ram:GrossPriceProductTradePrice/ram:IncludedTradeTax"],
      ["CII-SR-132", W, "ram:GrossPriceProductTradePrice/ram:ValiditySpecifiedPeriod"],
      ["CII-SR-133", W, "ram:GrossPriceProductTradePrice/ram:DeliveryTradeLocation"],
      ["CII-SR-134", W, "ram:GrossPriceProductTradePrice/ram:TradeComparisonReferencePrice"],
      ["CII-SR-135", W, "ram:GrossPriceProductTradePrice/ram:AssociatedReferencedDocument"],
      ["CII-SR-136", W, "ram:NetPriceProductTradePrice/ram:TypeCode"],
      ["CII-SR-138", W, "ram:NetPriceProductTradePrice/ram:MinimumQuantity"],
      ["CII-SR-139", W, "ram:NetPriceProductTradePrice/ram:MaximumQuantity"],
      ["CII-SR-140", W, "ram:NetPriceProductTradePrice/ram:ChangeReason"],
      ["CII-SR-141", W, "ram:NetPriceProductTradePrice/ram:OrderUnitConversionFactorNumeric"],
      ["CII-SR-142", W, "ram:NetPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"],
      ["CII-SR-446", W, "ram:NetPriceProductTradePrice/ram:IncludedTradeTax"],
      ["CII-SR-143", W, "ram:NetPriceProductTradePrice/ram:ValiditySpecifiedPeriod"],
      ["CII-SR-144", W, "ram:NetPriceProductTradePrice/ram:DeliveryTradeLocation"],
      ["CII-SR-145", W, "ram:NetPriceProductTradePrice/ram:TradeComparisonReferencePrice"],
      ["CII-SR-146", W, "ram:NetPriceProductTradePrice/ram:AssociatedReferencedDocument"],
      ["CII-SR-147", W, "ram:RequisitionerReferencedDocument"],
      ["CII-SR-148", W, "ram:ItemSellerTradeParty"],
      ["CII-SR-149", W, "ram:ItemBuyerTradeParty"],
      ["CII-SR-150", W, "ram:IncludedSpecifiedMarketplace"],
      ["CII-SR-447", W, "ram:UltimateCustomerOrderReferencedDocument"],
    ],
    checks: [
      { kind: "count", id: "CII-SR-439", flag: F, path: "ram:NetPriceProductTradePrice/ram:ChargeAmount", min: 1, max: 1, terms: ["BT-146"] },
      GROSS_PRICE_DISCOUNT_ONLY,
      { kind: "count", id: "CII-SR-441", flag: F, path: "ram:NetPriceProductTradePrice/ram:ChargeAmount", max: 1, terms: ["BT-146"] },
    ],
  },
  {
    rank: 10,
    context: ["//ram:SpecifiedTradeAllowanceCharge"],
    label: "ram:SpecifiedTradeAllowanceCharge",
    checks: [
      { kind: "count", id: "CII-SR-463", flag: F, path: "ram:ChargeIndicator", min: 1, terms: ["BG-20", "BG-21"] },
      { kind: "count", id: "CII-SR-471", flag: F, path: "ram:RateApplicablePercent", max: 1, terms: ["BG-20", "BG-21"] },
      { kind: "count", id: "CII-SR-472", flag: F, path: "ram:CategoryTradeTax", max: 1, terms: ["BG-20", "BG-21"] },
      { kind: "count", id: "CII-SR-473", flag: F, path: "ram:ActualAmount", max: 1, terms: ["BG-20", "BG-21"] },
    ],
  },
  {
    rank: 11,
    context: ["//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"],
    label: "ram:AppliedTradeAllowanceCharge",
    checks: [
      { kind: "count", id: "CII-SR-440", flag: F, path: "ram:ActualAmount", max: 1, terms: ["BT-147"] },
    ],
  },
  {
    rank: 12,
    context: [`${LINE}/ram:SpecifiedLineTradeDelivery`],
    label: "ram:SpecifiedLineTradeDelivery",
    absent: [
      ["CII-SR-151", W, "ram:RequestedQuantity"],
      ["CII-SR-152", W, "ram:ReceivedQuantity"],
      ["CII-SR-153", W, "ram:ChargeFreeQuantity"],
      ["CII-SR-154", W, "ram:PackageQuantity"],
      ["CII-SR-155", W, "ram:ProductUnitQuantity"],
      ["CII-SR-156", W, "ram:PerPackageUnitQuantity"],
      ["CII-SR-157", W, "ram:NetWeightMeasure"],
      ["CII-SR-158", W, "ram:GrossWeightMeasure"],
      ["CII-SR-159", W, "ram:TheoreticalWeightMeasure"],
      ["CII-SR-160", W, "ram:DespatchedQuantity"],
      ["CII-SR-161", W, "ram:SpecifiedDeliveryAdjustment"],
      ["CII-SR-162", W, "ram:IncludedSupplyChainPackaging"],
      ["CII-SR-163", W, "ram:RelatedSupplyChainConsignment"],
      ["CII-SR-164", W, "ram:ShipToTradeParty"],
      ["CII-SR-165", W, "ram:UltimateShipToTradeParty"],
      ["CII-SR-166", W, "ram:ShipFromTradeParty"],
      ["CII-SR-167", W, "ram:ActualDespatchSupplyChainEvent"],
      ["CII-SR-168", W, "ram:ActualPickUpSupplyChainEvent"],
      ["CII-SR-169", W, "ram:RequestedDeliverySupplyChainEvent"],
      ["CII-SR-170", W, "ram:ActualDeliverySupplyChainEvent"],
      ["CII-SR-171", W, "ram:ActualReceiptSupplyChainEvent"],
      ["CII-SR-172", W, "ram:AdditionalReferencedDocument"],
      ["CII-SR-173", W, "ram:DespatchAdviceReferencedDocument"],
      ["CII-SR-174", W, "ram:ReceivingAdviceReferencedDocument"],
      ["CII-SR-175", W, "ram:DeliveryNoteReferencedDocument"],
      ["CII-SR-176", W, "ram:ConsumptionReportReferencedDocument"],
      ["CII-SR-177", W, "ram:PackingListReferencedDocument"],
    ],
  },
  {
    rank: 13,
    context: [`${LINE}/ram:SpecifiedLineTradeSettlement`],
    label: "ram:SpecifiedLineTradeSettlement",
    absent: [
      ["CII-SR-178", W, "ram:PaymentReference"],
      ["CII-SR-179", W, "ram:InvoiceIssuerReference"],
      ["CII-SR-180", W, "ram:TotalAdjustmentAmount"],
      ["CII-SR-181", W, "ram:DiscountIndicator"],
      ["CII-SR-182", W, "ram:ApplicableTradeTax/ram:CalculatedAmount"],
      ["CII-SR-183", W, "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator/udt:IndicatorString"],
      ["CII-SR-184", W, "ram:SpecifiedTradeAllowanceCharge/ram:ID"],
      ["CII-SR-185", W, "ram:SpecifiedTradeAllowanceCharge/ram:SequenceNumeric"],
      ["CII-SR-186", W, "ram:SpecifiedTradeAllowanceCharge/ram:CalculationPercent/@format"],
      ["CII-SR-187", W, "ram:SpecifiedTradeAllowanceCharge/ram:BasisQuantity"],
      ["CII-SR-188", W, "ram:SpecifiedTradeAllowanceCharge/ram:PrepaidIndicator"],
      ["CII-SR-189", W, "ram:SpecifiedTradeAllowanceCharge/ram:UnitBasisAmount"],
      ["CII-SR-190", W, "ram:SpecifiedTradeAllowanceCharge/ram:TypeCode"],
      ["CII-SR-191", W, "ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax"],
      ["CII-SR-192", W, "ram:SpecifiedTradeAllowanceCharge/ram:ActualTradeCurrencyExchange"],
      ["CII-SR-193", W, "ram:SpecifiedTradeAllowanceCharge/ram:ID"],
      ["CII-SR-194", W, "ram:SubtotalCalculatedTradeTax"],
      ["CII-SR-195", W, "ram:SpecifiedLogisticsServiceCharge"],
      ["CII-SR-196", W, "ram:SpecifiedTradePaymentTerms"],
      ["CII-SR-197", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:ChargeTotalAmount"],
      ["CII-SR-198", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:AllowanceTotalAmount"],
      ["CII-SR-199", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxBasisTotalAmount"],
      ["CII-SR-200", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxTotalAmount"],
      ["CII-SR-201", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:GrandTotalAmount"],
      ["CII-SR-202", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:InformationAmount"],
      ["CII-SR-203", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TotalAllowanceChargeAmount"],
      ["CII-SR-204", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TotalRetailValueInformationAmount"],
      ["CII-SR-205", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:GrossLineTotalAmount"],
      ["CII-SR-206", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:NetLineTotalAmount"],
      ["CII-SR-207", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:NetIncludingTaxesLineTotalAmount"],
      ["CII-SR-208", W, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:ProductWeightLossInformationAmount"],
      ["CII-SR-209", W, "ram:SpecifiedFinancialAdjustment"],
      ["CII-SR-210", W, "ram:InvoiceReferencedDocument"],
      ["CII-SR-212", W, "ram:PayableSpecifiedTradeAccountingAccount"],
      ["CII-SR-213", W, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:SetTriggerCode"],
      ["CII-SR-214", W, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:TypeCode"],
      ["CII-SR-215", W, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:AmountTypeCode"],
      ["CII-SR-216", W, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:Name"],
      ["CII-SR-217", W, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:CostReferenceDimensionPattern"],
      ["CII-SR-218", W, "ram:PurchaseSpecifiedTradeAccountingAccount"],
      ["CII-SR-219", W, "ram:SalesSpecifiedTradeAccountingAccount"],
      ["CII-SR-220", W, "ram:SpecifiedTradeSettlementFinancialCard"],
    ],
    checks: [
      { kind: "count", id: "CII-SR-454", flag: W, path: "ram:ApplicableTradeTax", min: 1, max: 1, terms: ["BG-30"] },
      { kind: "count", id: "CII-SR-474", flag: W, path: "ram:AdditionalReferencedDocument[normalize(ram:TypeCode) = '130']", max: 1, terms: ["BT-128"] },
    ],
  },
];
