import { add, compare, isDecimal, mul, percentOf, round, sum } from "../../../einvoice/model/decimal.js";
import { isValidSiret } from "../../../shared/siret.js";
import { type BillingFramework, BILLING_FRAMEWORKS } from "./billing-frameworks.js";
import type { DepositFinding } from "./deposit-findings.js";
import { checkNumber } from "./deposit-rules.js";

// The "Saisir une facture" form: its data, the totals and VAT breakdown computed from the lines with exact decimals
// (never floats; EN 16931 rounding to two decimals), and the checks shown as the user types. Shared by the server
// and the browser (web/ imports this file), so both compute the same totals.

export interface FormLine {
  description: string;
  /** Decimal string, up to 4 decimals. */
  quantity: string;
  /** UN/ECE Rec 20 unit code (C62 unit, HUR hour, DAY day, KGM kilogram...). */
  unit: string;
  /** Net unit price excluding VAT, decimal string. */
  unitPrice: string;
  /** VAT rate in percent: "20", "10", "5.5", "2.1", "0". */
  vatRate: string;
}

export interface InvoiceForm {
  supplierSiret: string;
  recipientSiret: string;
  serviceCode: string;
  engagementNumber: string;
  contractNumber: string;
  framework: BillingFramework;
  /** A9 (subcontractor): the SIRET of the main contractor who validates the invoice before the recipient. */
  validatorSiret?: string;
  documentType: "FACTURE" | "AVOIR";
  number: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  lines: FormLine[];
  paymentTerms: string;
  iban: string;
}

export interface VatBreakdownLine {
  rate: string;
  base: string;
  vat: string;
}

export interface FormTotals {
  lineAmounts: string[];
  vatBreakdown: VatBreakdownLine[];
  totalWithoutVat: string;
  totalVat: string;
  totalWithVat: string;
}

/** The French VAT rates offered by the form (a manual rate can still be typed). */
export const FRENCH_VAT_RATES = ["20", "10", "5.5", "2.1", "0"] as const;

/** Common UN/ECE Rec 20 units with their French labels. */
export const FORM_UNITS: ReadonlyArray<{ code: string; fr: string }> = [
  { code: "C62", fr: "unité" },
  { code: "HUR", fr: "heure" },
  { code: "DAY", fr: "jour" },
  { code: "MON", fr: "mois" },
  { code: "KGM", fr: "kilogramme" },
  { code: "MTR", fr: "mètre" },
  { code: "LTR", fr: "litre" },
  { code: "LS", fr: "forfait" },
];

/** An empty form line. */
export function emptyLine(): FormLine {
  return { description: "", quantity: "1", unit: "C62", unitPrice: "", vatRate: "20" };
}

const norm = (v: string) => v.trim().replace(",", ".");
const dec = (v: string) => (isDecimal(norm(v)) ? norm(v) : "0");

/** Line amounts (quantity × price, rounded to 2 decimals), VAT per rate (BR-CO-17: base × rate, rounded), totals. */
export function computeTotals(lines: readonly FormLine[]): FormTotals {
  const lineAmounts = lines.map((l) => round(mul(dec(l.quantity), dec(l.unitPrice))));
  const byRate = new Map<string, string>();
  lines.forEach((l, i) => {
    const rate = round(dec(l.vatRate), 2).replace(/\.?0+$/, "") || "0";
    byRate.set(rate, add(byRate.get(rate) ?? "0", lineAmounts[i] as string));
  });
  const vatBreakdown = [...byRate.entries()]
    .sort(([a], [b]) => compare(b, a))
    .map(([rate, base]) => ({ rate, base: round(base), vat: percentOf(base, rate) }));
  const totalWithoutVat = round(sum(lineAmounts));
  const totalVat = round(sum(vatBreakdown.map((v) => v.vat)));
  return { lineAmounts, vatBreakdown, totalWithoutVat, totalVat, totalWithVat: round(add(totalWithoutVat, totalVat)) };
}

const FORM_RULES = {
  "FORM-SUPPLIER": { field: "supplierSiret", fr: "Choisissez la structure qui émet la facture." },
  "FORM-RECIPIENT": { field: "recipientSiret", fr: "Le SIRET du destinataire est invalide (14 chiffres avec une clé de contrôle)." },
  "FORM-FRAMEWORK": { field: "framework", fr: "Choisissez un cadre de facturation." },
  "FORM-VALIDATOR": { field: "validatorSiret", fr: "Une facture de sous-traitant (A9) est d'abord validée par le titulaire du marché : indiquez son SIRET (14 chiffres avec une clé de contrôle)." },
  "FORM-DATE": { field: "issueDate", fr: "La date de facture est obligatoire (AAAA-MM-JJ)." },
  "FORM-DUE-DATE": { field: "dueDate", fr: "L'échéance ne peut précéder la date de facture." },
  "FORM-LINES": { field: "lines", fr: "Ajoutez au moins une ligne." },
  "FORM-LINE": { field: "lines", fr: "Ligne {line} : {problem}." },
  "FORM-IBAN": { field: "iban", fr: "L'IBAN est invalide (clé de contrôle)." },
  "FORM-PAID": { field: "paymentTerms", fr: "Une facture déjà payée (A2) doit indiquer dans les conditions de paiement la date et le mode du paiement." },
  "FORM-CREDIT-NOTE": { field: "lines", fr: "Un avoir s'écrit avec des montants positifs : c'est le type « avoir » qui en fait un crédit." },
} as const;

function formFinding(rule: keyof typeof FORM_RULES, values: Record<string, string | number> = {}): DepositFinding {
  const def = FORM_RULES[rule];
  return { rule, severity: "fatal", field: def.field, message: def.fr.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? "")) };
}

/** ISO 13616 check (mod 97) on an IBAN with or without spaces. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = `${s.slice(4)}${s.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of moved) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

/** Every problem of the form, as the user types (routing rules that need the directory are checked at deposit). */
export function checkForm(form: InvoiceForm, today: string): DepositFinding[] {
  const out: DepositFinding[] = [];
  if (!isValidSiret(form.supplierSiret)) out.push(formFinding("FORM-SUPPLIER"));
  if (!isValidSiret(form.recipientSiret)) out.push(formFinding("FORM-RECIPIENT"));
  if (!(form.framework in BILLING_FRAMEWORKS)) out.push(formFinding("FORM-FRAMEWORK"));
  else if (BILLING_FRAMEWORKS[form.framework].validation && !isValidSiret(form.validatorSiret ?? "")) out.push(formFinding("FORM-VALIDATOR"));
  out.push(...checkNumber(form.number, today));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.issueDate)) out.push(formFinding("FORM-DATE"));
  else if (form.dueDate && form.dueDate < form.issueDate) out.push(formFinding("FORM-DUE-DATE"));
  if (form.lines.length === 0) out.push(formFinding("FORM-LINES"));
  form.lines.forEach((l, i) => {
    const line = i + 1;
    if (!l.description.trim()) out.push(formFinding("FORM-LINE", { line, problem: "la désignation est vide" }));
    if (!isDecimal(norm(l.quantity)) || compare(norm(l.quantity), "0") === 0) out.push(formFinding("FORM-LINE", { line, problem: "la quantité doit être un nombre non nul" }));
    if (!isDecimal(norm(l.unitPrice))) out.push(formFinding("FORM-LINE", { line, problem: "le prix unitaire doit être un nombre (1234.56)" }));
    else if (compare(norm(l.unitPrice), "0") < 0) out.push(formFinding("FORM-LINE", { line, problem: "le prix unitaire ne peut être négatif (utilisez une quantité négative pour une remise)" }));
    if (!isDecimal(norm(l.vatRate)) || compare(norm(l.vatRate), "0") < 0 || compare(norm(l.vatRate), "100") > 0) out.push(formFinding("FORM-LINE", { line, problem: "le taux de TVA doit être compris entre 0 et 100" }));
  });
  if (form.iban.trim() && !isValidIban(form.iban)) out.push(formFinding("FORM-IBAN"));
  if (form.documentType === "AVOIR" && form.lines.length > 0 && compare(computeTotals(form.lines).totalWithVat, "0") < 0) out.push(formFinding("FORM-CREDIT-NOTE"));
  if (form.framework === "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" && !form.paymentTerms.trim()) {
    out.push({ ...formFinding("FORM-PAID"), severity: "warning" });
  }
  return out;
}
