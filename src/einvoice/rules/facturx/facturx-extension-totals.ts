// The document totals of the Factur-X EXTENDED profile (BR-FXEXT-CO-10 … 13, 15): like BR-CO-10 … 15 but summing only
// the DETAIL lines (or lines without subtype), adding the logistics service charges to the charges, and accepting a
// difference of a cent per item summed. Computed as the official assertions do: the sums of untyped amounts in
// xs:double, rounded to the cent in xs:double, then taken as xs:decimal (the double's exact value, as Saxon does);
// declared totals read as xs:decimal. A value that cannot be read makes the assertion fail (fail closed).
import type { XmlElement } from "../../xml/xml-tree.js";
import { exactDecimal, holds, sumDoubles, Unreadable, xsDecimal } from "../en16931/core/amounts.js";
import { abs, add, compare, type Decimal, sub } from "../support/core-decimal.js";
import { elementsOf, memo } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import { collectAt, countAt, LINE_NET_AMOUNT, LINE_STATUS, someAt } from "./fx-children.js";

const childrenOf = (e: XmlElement | undefined, key: string): XmlElement[] => (e ? e.children.filter((c) => c.key === key) : []);

/** `round(x * xs:decimal(100)) div xs:decimal(100)` on a double. */
const cents100 = (x: number): Decimal => exactDecimal(Math.round(x * 100) / 100);
/** `round(x * 10 * 10) div 100` on a double. */
const cents10x10 = (x: number): Decimal => exactDecimal(Math.round(x * 10 * 10) / 100);
/** a cent per item: `xs:decimal(0.01) * n`. */
const tolerance = (items: number): Decimal => ({ units: BigInt(items), scale: 2 });
const within = (a: Decimal, b: Decimal, items: number): boolean => compare(abs(sub(a, b)), tolerance(items)) <= 0;

const HEADER_SETTLEMENT = ["rsm:SupplyChainTradeTransaction", "ram:ApplicableHeaderTradeSettlement"] as const;
const isDetailStatus = (s: XmlElement): boolean => stringValue(s) === "DETAIL";
const isDetail = (line: XmlElement): boolean => countAt(line, LINE_STATUS) === 0 || someAt(line, LINE_STATUS, isDetailStatus);
/** `ram:ChargeIndicator/udt:Indicator = value` on an allowance or charge. */
function indicatorIs(ac: XmlElement, value: string): boolean {
  for (const c of ac.children) {
    if (c.key !== "ram:ChargeIndicator") continue;
    for (const i of c.children) if (i.key === "udt:Indicator" && stringValue(i) === value) return true;
  }
  return false;
}
const lineNetAmounts = (lines: readonly XmlElement[]): XmlElement[] => {
  const out: XmlElement[] = [];
  for (const l of lines) collectAt(l, LINE_NET_AMOUNT, out);
  return out;
};

/** What the totals of one monetary summation are checked against. */
interface Parts {
  allLines: XmlElement[];
  detailLines: XmlElement[];
  /** Header allowances and charges of the first transaction (absolute paths in the assertions). */
  allowances: XmlElement[];
  charges: XmlElement[];
  logistics: XmlElement[];
  /** The same, counted under this summation's own settlement (relative paths). */
  ownAllowances: number;
  ownCharges: number;
  /** The sums several rules share, once read (an unreadable amount is kept, and fails each of them). */
  sums: { lines?: Decimal | Unreadable; allowances?: Decimal | Unreadable; charges?: Decimal | Unreadable };
}

/** The parts of a monetary summation, read once per document for the five rules (the tree never changes). */
function partsOf(root: XmlElement, totals: XmlElement): Parts {
  const known = memo(root, "fx-totals-parts", () => new Map<XmlElement, Parts>());
  let parts = known.get(totals);
  if (!parts) {
    parts = readParts(root, totals);
    known.set(totals, parts);
  }
  return parts;
}

function readParts(root: XmlElement, totals: XmlElement): Parts {
  const settlement = totals.parent;
  const transaction = settlement?.parent;
  const allLines = childrenOf(transaction, "ram:IncludedSupplyChainTradeLineItem");
  const header = collectAt(root, HEADER_SETTLEMENT, []);
  const acs = header.flatMap((h) => childrenOf(h, "ram:SpecifiedTradeAllowanceCharge"));
  const own = childrenOf(settlement, "ram:SpecifiedTradeAllowanceCharge");
  return {
    allLines,
    detailLines: allLines.filter(isDetail),
    allowances: acs.filter((ac) => indicatorIs(ac, "false")),
    charges: acs.filter((ac) => indicatorIs(ac, "true")),
    logistics: header.flatMap((h) => childrenOf(h, "ram:SpecifiedLogisticsServiceCharge")),
    ownAllowances: own.filter((ac) => indicatorIs(ac, "false")).length,
    ownCharges: own.filter((ac) => indicatorIs(ac, "true")).length + childrenOf(settlement, "ram:SpecifiedLogisticsServiceCharge").length,
    sums: {},
  };
}

const amounts = (acs: readonly XmlElement[], key: string) => acs.flatMap((ac) => childrenOf(ac, key));

/** A sum two rules read (CO-13 and one of CO-10, 11, 12), worked out once per summation. */
function shared(p: Parts, name: keyof Parts["sums"], compute: (p: Parts) => Decimal): Decimal {
  let value = p.sums[name];
  if (value === undefined) {
    try {
      value = compute(p);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      value = error;
    }
    p.sums[name] = value;
  }
  if (value instanceof Unreadable) throw value;
  return value;
}

const allowanceSum = (p: Parts) => shared(p, "allowances", (q) => cents10x10(sumDoubles(amounts(q.allowances, "ram:ActualAmount"))));
const chargeSum = (p: Parts) =>
  shared(p, "charges", (q) => add(cents100(sumDoubles(amounts(q.charges, "ram:ActualAmount"))), cents10x10(sumDoubles(amounts(q.logistics, "ram:AppliedAmount")))));
const detailLinesSum = (p: Parts) => shared(p, "lines", (q) => cents100(sumDoubles(lineNetAmounts(q.detailLines))));

/** xs:decimal of a total that must be there: its absence empties the assertion's `for`, which then fails. */
function declared(totals: XmlElement, key: string): Decimal {
  const value = xsDecimal(childrenOf(totals, key));
  if (!value) throw new Unreadable(`${key} absent`);
  return value;
}

type TotalsCheck = (totals: XmlElement, parts: Parts) => boolean;

const CHECKS: Record<string, TotalsCheck> = {
  // BT-106 = Σ BT-131 of the DETAIL lines, within a cent per line (all lines counted).
  "BR-FXEXT-CO-10": (t, p) => within(declared(t, "ram:LineTotalAmount"), detailLinesSum(p), p.allLines.length),
  // BT-107 = Σ BT-92, within a cent per allowance; no allowance and no BT-107 is fine.
  "BR-FXEXT-CO-11": (t, p) =>
    (p.allowances.length === 0 && childrenOf(t, "ram:AllowanceTotalAmount").length === 0) || within(declared(t, "ram:AllowanceTotalAmount"), allowanceSum(p), p.ownAllowances),
  // BT-108 = Σ BT-99 + Σ logistics charges, within a cent per charge; no charge and no BT-108 is fine.
  "BR-FXEXT-CO-12": (t, p) =>
    (p.charges.length === 0 && childrenOf(t, "ram:ChargeTotalAmount").length === 0) || within(declared(t, "ram:ChargeTotalAmount"), chargeSum(p), p.ownCharges),
  // BT-109 = Σ BT-131 (DETAIL) − Σ BT-92 + Σ BT-99 (and logistics), within a cent per item.
  "BR-FXEXT-CO-13": (t, p) => {
    const lines = detailLinesSum(p);
    const diff = add(sub(sub(declared(t, "ram:TaxBasisTotalAmount"), lines), chargeSum(p)), allowanceSum(p));
    return compare(abs(diff), tolerance(p.detailLines.length + p.ownAllowances + p.ownCharges)) <= 0;
  },
  // BT-112 = BT-109 + BT-110 (the VAT total in the invoice currency, exactly one), within a cent per item.
  "BR-FXEXT-CO-15": (t, p) => {
    const currencies = childrenOf(t.parent, "ram:InvoiceCurrencyCode").map(stringValue);
    if (currencies.length > 1) throw new Unreadable("more than one invoice currency");
    const currency = currencies[0];
    if (currency === undefined) return false;
    const vat = xsDecimal(childrenOf(t, "ram:TaxTotalAmount").filter((a) => a.attrs.currencyID === currency));
    if (!vat) return false;
    const diff = sub(sub(declared(t, "ram:GrandTotalAmount"), vat), declared(t, "ram:TaxBasisTotalAmount"));
    return compare(abs(diff), tolerance(p.detailLines.length + p.ownAllowances + p.ownCharges)) <= 0;
  },
};

/** The monetary summations failing the EXTENDED totals check of that id. */
export function failingTotals(id: keyof typeof CHECKS & string): (root: XmlElement) => XmlElement[] {
  const check = CHECKS[id] as TotalsCheck;
  return (root) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation").filter((t) => !holds(() => check(t, partsOf(root, t))));
}
