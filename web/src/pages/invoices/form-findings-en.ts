// No imports: the root project's tests typecheck this file with Node's module resolution as well as the web's.

// The form's own checks (domain/invoice-form.ts, deposit-rules.ts) speak French only; their English is kept here, by
// rule id. A message these patterns do not recognise (a rule added or reworded later) is shown in French, marked so.
const FORM_FINDINGS_EN: Record<string, string> = {
  "FORM-SUPPLIER": "Choose the organisation that issues the invoice.",
  "FORM-RECIPIENT": "The recipient's SIRET is invalid (14 digits with a check digit).",
  "FORM-FRAMEWORK": "Choose a billing framework.",
  "FORM-DATE": "The invoice date is required (YYYY-MM-DD).",
  "FORM-DUE-DATE": "The due date cannot be before the invoice date.",
  "FORM-LINES": "Add at least one line.",
  "FORM-IBAN": "The IBAN is invalid (wrong check digits).",
  "FORM-PAID": "An invoice already paid (A2) must give the date and method of payment in the payment terms.",
  "FORM-VALIDATOR": "A subcontractor's invoice (A9) is first approved by the main contractor: give their SIRET (14 digits with a check digit).",
  "FORM-CREDIT-NOTE": "A credit note is written with positive amounts: the “credit note” type is what makes it a credit.",
  "DEP-NUMBER-REQUIRED": "The invoice number is required.",
  "DEP-NUMBER-IS-DATE": "Today's date cannot be used as the invoice number.",
};
const LINE_PROBLEMS_EN: Record<string, string> = {
  "la désignation est vide": "the description is empty",
  "la quantité doit être un nombre non nul": "the quantity must be a non-zero number",
  "le prix unitaire doit être un nombre (1234.56)": "the unit price must be a number (1234.56)",
  "le prix unitaire ne peut être négatif (utilisez une quantité négative pour une remise)": "the unit price cannot be negative (use a negative quantity for a discount)",
  "le taux de TVA doit être compris entre 0 et 100": "the VAT rate must be between 0 and 100",
};

/** The English of one of the form's own findings, or null when it is not one this file knows. */
export function formFindingInEnglish(f: { rule: string; message: string }): string | null {
  if (f.rule === "FORM-LINE") {
    const [, line, problem] = /^Ligne (\d+) : (.+)\.$/.exec(f.message) ?? [];
    const english = problem ? LINE_PROBLEMS_EN[problem] : undefined;
    return line && english ? `Line ${line}: ${english}.` : null;
  }
  if (f.rule === "DEP-NUMBER-TOO-LONG") {
    const length = /\((?:il en compte )?(\d+)\)/.exec(f.message)?.[1];
    return length ? `The invoice number cannot be longer than 20 characters (it has ${length}).` : null;
  }
  return FORM_FINDINGS_EN[f.rule] ?? null;
}
