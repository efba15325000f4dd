// The Factur-X 1.09 VAT breakdown sums (BR-FXEXT-<category>-08b, -08ini, -08rev, BR-FXEXT-S08b, BR-FXEXT-S-09b), read
// from the official assertions: for each VAT breakdown of a category (BG-23, per rate), the taxable amount (BT-116) is
// the sum of the line net amounts (BT-131), minus the document allowances (BT-92), plus the charges (BT-99) and the
// logistics service fees (BT-X-272) of that category and rate, within a cent per item summed. "-08ini" matches on
// category and rate only (EN 16931:2017), "-08rev" also on the exemption reason text and code (EN 16931:2026), "-08b"
// accepts either. EXTENDED sums only the DETAIL lines (or lines without subtype); the other profiles every line.
// Each sum is exact (xs:decimal), rounded to the cent as XPath round() does. A breakdown whose rate or taxable amount
// is absent or not a decimal fails (the assertion's `for` yields nothing, or Saxon stops: fail closed), and so does
// every breakdown of a category one of whose uses has a rate that is not one, or whose sum takes an amount that is not.
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Severity, Violation } from "../rule.js";
import { elementsOf, memo } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import { abs, add, cmp, type Dec, divBy100, mul, parseDecimal, roundCents, sub, ZERO } from "../support/vat-decimal.js";
import { FX_VAT_CATEGORIES } from "./facturx-vat-categories.js";
import { type Breakdown, breakdownsOf, firstText, type Use, usesOf } from "./facturx-vat-uses.js";

/** What one breakdown is compared with: its category, rate, exemption reason. */
interface Key {
  code: string;
  rate: Dec;
  reasonCode: string;
  reasonText: string;
}

const matches = (u: Use, k: Key, withReasons: boolean): boolean =>
  u.codes.includes(k.code) && u.rates.some((r) => cmp(r, k.rate) === 0) && (!withReasons || (u.reasonCode === k.reasonCode && u.reasonText === k.reasonText));

/** Σ lines − Σ allowances + Σ charges + Σ fees (each sum rounded to the cent) and how many items were counted. */
function sums(uses: readonly Use[], k: Key, withReasons: boolean): { total: Dec; items: number; bad: boolean } {
  const by = { line: ZERO, allowance: ZERO, charge: ZERO, logistics: ZERO };
  let items = 0;
  let bad = false;
  for (const u of uses) {
    if (!matches(u, k, withReasons)) continue;
    items++;
    bad ||= u.badAmount;
    for (const a of u.amounts) by[u.kind] = add(by[u.kind], a);
  }
  const total = add(sub(add(roundCents(by.line), roundCents(by.charge)), roundCents(by.allowance)), roundCents(by.logistics));
  return { total, items, bad };
}

const NONE: readonly Violation[] = [];

const withinCents = (a: Dec, b: Dec, items: number): boolean => cmp(abs(sub(a, b)), { n: BigInt(items), s: 2 }) <= 0;

type Variant = "b" | "ini" | "rev" | "09b";

/** The uses summed on the document's profile: EXTENDED sums only the DETAIL lines (or lines without subtype). */
function summedUses(root: XmlElement, detailOnly: boolean): Use[] {
  return detailOnly ? memo(root, "fx-vat-uses-detail", () => usesOf(root).filter((u) => u.detail)) : usesOf(root);
}

type Sums = ReturnType<typeof sums>;

/**
 * The sums matching a breakdown of a category, with and without the exemption reasons: the same for the three or four
 * rules of the category (-08b, -08ini, -08rev, S-09b), so worked out once per document.
 */
function sumsOf(root: XmlElement, detailOnly: boolean, uses: readonly Use[], b: Breakdown, code: string, rate: Dec): { rev: Sums; ini: Sums } {
  const known = memo(root, detailOnly ? "fx-vat-sums-detail" : "fx-vat-sums", () => new Map<Breakdown, Map<string, { rev: Sums; ini: Sums }>>());
  let byCode = known.get(b);
  if (!byCode) {
    byCode = new Map();
    known.set(b, byCode);
  }
  let pair = byCode.get(code);
  if (!pair) {
    const key: Key = { code, rate, reasonCode: b.reasonCode, reasonText: b.reasonText };
    pair = { rev: sums(uses, key, true), ini: sums(uses, key, false) };
    byCode.set(code, pair);
  }
  return pair;
}

/** The category codes of the header VAT breakdowns (what breakdownsOf lists), read once per document for every rule. */
function breakdownCodes(root: XmlElement): string[] {
  const codes: string[] = [];
  for (const tax of elementsOf(root, "ram:ApplicableTradeTax")) {
    if (tax.parent?.key !== "ram:ApplicableHeaderTradeSettlement") continue;
    for (const c of tax.children) if (c.key === "ram:CategoryCode") codes.push(stringValue(c));
  }
  return codes;
}

/** Whether a header VAT breakdown has that category code (EXTENDED carries some thirty sum rules, each asking). */
function hasBreakdownOf(root: XmlElement, code: string): boolean {
  return memo(root, "fx-vat-breakdown-codes", () => breakdownCodes(root)).includes(code);
}

/** The failing breakdowns of a category for one variant of the rule, on the document's profile. */
function failing(context: RuleContext, code: string, variant: Variant): readonly Violation[] {
  const root = context.root;
  // Most documents have no breakdown of most categories: then there is nothing to read nor to sum.
  if (!hasBreakdownOf(root, code)) return NONE;
  const breakdowns = breakdownsOf(root);
  if (!breakdowns.some((b) => b.codes.includes(code) && (variant === "09b" || b.vat))) return NONE;
  const detailOnly = context.detected.profile === "EXTENDED";
  const uses = summedUses(root, detailOnly);
  // A use of the category whose rate or amount is not a decimal: every breakdown of the category fails (fail closed).
  // A use of the category whose rate is not a decimal stops the assertion; an amount only when it is summed.
  const badRate = uses.some((u) => u.codes.includes(code) && u.badRate);
  const out: Violation[] = [];
  for (const b of breakdowns) {
    if (!b.codes.includes(code)) continue;
    if (variant !== "09b" && !b.vat) continue;
    const { tax, rate, basis } = b;
    if (!rate || !basis || badRate) {
      out.push({ element: tax });
      continue;
    }
    const { rev, ini } = sumsOf(root, detailOnly, uses, b, code, rate);
    let ok: boolean;
    if (variant === "09b") {
      const declared = parseDecimal(b.calculated);
      const computed = roundCents(divBy100(mul(basis, rate)));
      ok = declared !== undefined && (withinCents(declared, computed, rev.items) || withinCents(declared, computed, ini.items));
    } else {
      const revOk = withinCents(basis, rev.total, rev.items);
      const iniOk = withinCents(basis, ini.total, ini.items);
      // An amount that is not a decimal among those summed stops the assertion (fail closed).
      const bad = variant === "rev" ? rev.bad : ini.bad;
      ok = !bad && (variant === "rev" ? revOk : variant === "ini" ? iniOk : revOk || iniOk);
    }
    if (!ok) out.push({ element: tax });
  }
  return out;
}

const TERMS = ["BG-23", "BT-116", "BT-131", "BT-92", "BT-99", "BT-X-272"];

function sumRule(id: string, code: string, variant: Variant, severity: Severity, fr: string, en: string): Rule {
  const scope = {
    b: { fr: "en regroupant par catégorie et taux, avec ou sans le motif d'exonération", en: "matching on category and rate, with or without the exemption reason" },
    ini: { fr: "en regroupant par catégorie et taux (EN 16931:2017)", en: "matching on category and rate (EN 16931:2017)" },
    rev: { fr: "en regroupant par catégorie, taux et motif d'exonération (BT-120, BT-121 ; EN 16931:2026)", en: "matching on category, rate and exemption reason (BT-120, BT-121; EN 16931:2026)" },
    "09b": { fr: "", en: "" },
  }[variant];
  return {
    id,
    set: "facturx",
    syntaxes: ["CII"],
    severity,
    terms: variant === "09b" ? ["BG-23", "BT-117", "BT-116", "BT-119"] : TERMS,
    message:
      variant === "09b"
        ? {
            fr: "Ventilation de TVA au taux normal (S) : le montant de TVA (BT-117) doit être égal à la base (BT-116) multipliée par le taux (BT-119), à un centime près par ligne, remise ou charge de ce taux.",
            en: "VAT breakdown 'Standard rated' (S): the VAT category tax amount (BT-117) shall equal the taxable amount (BT-116) × the rate (BT-119), within a cent per line, allowance or charge at that rate.",
          }
        : {
            fr: `Ventilation de TVA ${fr} (${code}) : la base imposable (BT-116) doit être égale à la somme des montants nets des lignes (BT-131, lignes de détail seulement en EXTENDED), moins les remises (BT-92), plus les charges (BT-99) et frais logistiques de cette catégorie et de ce taux, à un centime près par élément, ${scope.fr}. Refaites l'addition.`,
            en: `VAT breakdown '${en}' (${code}): the taxable amount (BT-116) shall equal Σ line net amounts (BT-131, DETAIL lines only in EXTENDED) − allowances (BT-92) + charges (BT-99) + logistics fees of that category and rate, within a cent per item, ${scope.en}.`,
          },
    check: (context) => failing(context, code, variant),
  };
}

/**
 * BR-FXEXT-G-08 (MINIMUM's table): as G-08b but on the category code of every export breakdown (any tax type), over
 * the DETAIL lines and every allowance, charge and fee of category G whatever the rate.
 */
function failingExport(context: RuleContext): readonly Violation[] {
  const out: Violation[] = [];
  // The sums are worked out at the first export breakdown (most documents have none).
  let uses: Use[] | undefined;
  let total = ZERO;
  for (const code of elementsOf(context.root, "ram:CategoryCode")) {
    const tax = code.parent;
    if (stringValue(code) !== "G" || tax?.key !== "ram:ApplicableTradeTax" || tax.parent?.key !== "ram:ApplicableHeaderTradeSettlement") continue;
    if (tax.parent.parent?.key !== "rsm:SupplyChainTradeTransaction") continue;
    if (!uses) {
      uses = usesOf(context.root).filter((u) => u.detail && u.codes.includes("G"));
      const by = { line: ZERO, allowance: ZERO, charge: ZERO, logistics: ZERO };
      for (const u of uses) for (const a of u.amounts) by[u.kind] = add(by[u.kind], a);
      total = add(sub(add(roundCents(by.line), roundCents(by.charge)), roundCents(by.allowance)), roundCents(by.logistics));
    }
    const basis = parseDecimal(firstText(tax, "ram:BasisAmount"));
    if (!basis || uses.some((u) => u.badRate || u.badAmount) || !withinCents(basis, total, uses.length)) out.push({ element: code });
  }
  return out;
}

/** The VAT breakdown sum rules of Factur-X 1.09, by id (the profile tables say which profile carries which). */
export const vatSumRules: ReadonlyMap<string, Rule> = new Map(
  [
    ...FX_VAT_CATEGORIES.flatMap(([family, code, fr, en]) => [
      sumRule(family === "S" ? "BR-FXEXT-S08b" : `BR-FXEXT-${family}-08b`, code, "b", "fatal", fr, en),
      sumRule(`BR-FXEXT-${family}-08ini`, code, "ini", "warning", fr, en),
      sumRule(`BR-FXEXT-${family}-08rev`, code, "rev", "warning", fr, en),
    ]),
    sumRule("BR-FXEXT-S-09b", "S", "09b", "fatal", "", ""),
    {
      ...sumRule("BR-FXEXT-G-08", "G", "b", "fatal", "d'exportation hors UE", "Export outside the EU"),
      message: {
        fr: "Ventilation de TVA d'exportation hors UE (G) : la base imposable (BT-116) doit être égale à la somme des montants nets des lignes de détail (BT-131), moins les remises (BT-92), plus les charges (BT-99) et frais logistiques de catégorie G, à un centime près par élément. Refaites l'addition.",
        en: "VAT breakdown 'Export outside the EU' (G): the taxable amount (BT-116) shall equal Σ DETAIL line net amounts (BT-131) − allowances (BT-92) + charges (BT-99) + logistics fees of category G, within a cent per item.",
      },
      check: failingExport,
    },
  ].map((r) => [r.id, r]),
);
