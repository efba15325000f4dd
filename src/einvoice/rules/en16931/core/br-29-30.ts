// BR-29, BR-30: an invoicing period (document or line) cannot end before it starts.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child, children } from "../../../xml/xml-tree.js";
import { allAt, elementsOf, parentsAre } from "../../support/core-index.js";
import { parseDate, stringValue } from "../../support/core-xpath.js";
import { contextCheck, coreRule } from "./define.js";

const START_DATES = "ram:StartDateTime/udt:DateTimeString";
const END_DATES = "ram:EndDateTime/udt:DateTimeString";

/** The values of the period's dates at that path written in format 102. */
function dates(period: XmlElement, path: string): string[] {
  return allAt(period, path)
    .filter((d) => d.attrs.format === "102")
    .map(stringValue);
}

/** CII: `End/DateTimeString[@format='102'] >= Start/...` compared as strings (untyped values), or a date missing. */
function ciiOrdered(period: XmlElement): boolean {
  if (child(period, "ram:EndDateTime") === undefined || child(period, "ram:StartDateTime") === undefined) return true;
  const starts = dates(period, START_DATES);
  return dates(period, END_DATES).some((end) => starts.some((start) => end >= start));
}

/** UBL: `xs:date(EndDate) >= xs:date(StartDate)` or a date missing; an unreadable date cannot be checked and fails. */
function ublOrdered(period: XmlElement): boolean {
  const starts = children(period, "cbc:StartDate");
  const ends = children(period, "cbc:EndDate");
  if (starts.length === 0 || ends.length === 0) return true;
  if (starts.length > 1 || ends.length > 1) return false;
  const start = parseDate(stringValue(starts[0]));
  const end = parseDate(stringValue(ends[0]));
  return start !== undefined && end !== undefined && end >= start;
}

/** `cac:InvoiceLine/cac:InvoicePeriod | cac:CreditNoteLine/cac:InvoicePeriod` */
export function ublIsLinePeriod(period: XmlElement): boolean {
  return parentsAre(period, "cac:InvoiceLine") || parentsAre(period, "cac:CreditNoteLine");
}

/** CII BillingSpecifiedPeriod of the header settlement or of a line settlement. */
export function ciiPeriods(root: XmlElement, level: "header" | "line"): XmlElement[] {
  const parent = level === "header" ? "ram:ApplicableHeaderTradeSettlement" : "ram:SpecifiedLineTradeSettlement";
  return elementsOf(root, "ram:BillingSpecifiedPeriod").filter((p) => parentsAre(p, parent));
}

export const br29to30 = [
  coreRule({
    id: "BR-29",
    terms: ["BT-73", "BT-74", "BG-14"],
    fr: "La date de fin de la période de facturation (BT-74) doit être égale ou postérieure à sa date de début (BT-73) : vérifiez les deux dates.",
    en: "The Invoicing period end date (BT-74) shall be later than or equal to the Invoicing period start date (BT-73).",
    cii: contextCheck((root) => ciiPeriods(root, "header"), ciiOrdered),
    ubl: contextCheck((root) => elementsOf(root, "cac:InvoicePeriod").filter((p) => !ublIsLinePeriod(p)), ublOrdered),
  }),
  coreRule({
    id: "BR-30",
    terms: ["BT-134", "BT-135", "BG-26"],
    fr: "La date de fin de la période d'une ligne (BT-135) doit être égale ou postérieure à sa date de début (BT-134) : vérifiez les dates de la ligne.",
    en: "The Invoice line period end date (BT-135) shall be later than or equal to the Invoice line period start date (BT-134).",
    cii: contextCheck((root) => ciiPeriods(root, "line"), ciiOrdered),
    ubl: contextCheck((root) => elementsOf(root, "cac:InvoicePeriod").filter(ublIsLinePeriod), ublOrdered),
  }),
];
