import type { Finding } from "../../api/invoices";
import { defineMessages, interpolate } from "../../i18n/i18n";

/** Messages of the invoice entry form. */
export const formMessages = defineMessages({
  fr: {
    "form.title": "Saisir une facture",
    "form.attachFirst": "Rattachez-vous d'abord à votre entreprise (Mes structures) pour saisir une facture.",
    "form.draftOnly":
      "La saisie est enregistrée comme brouillon. L'envoi depuis ce formulaire (génération du Factur-X) n'est pas encore disponible : pour envoyer dès maintenant, déposez le PDF de votre facture avec « Déposer une facture ».",
    "form.parties": "Émetteur et destinataire",
    "form.supplier": "Votre structure",
    "form.recipient": "Destinataire (SIRET ou nom)",
    "form.recipientHint": "Cherchez dans l'annuaire",
    "form.rules": "{name} : {rules}.",
    "form.noRules": "aucune exigence particulière",
    "form.serviceCode": "Code service",
    "form.clearServiceCode": "Effacer le code service",
    "form.engagement": "N° d'engagement (EJ) ou de bon de commande",
    "form.contract": "N° de marché",
    "form.invoice": "Facture",
    "form.framework": "Cadre de facturation",
    "form.type": "Type",
    "form.type.FACTURE": "Facture",
    "form.type.AVOIR": "Avoir",
    "form.number": "Numéro",
    "form.numberHint": "20 caractères au plus, unique par an",
    "form.issueDate": "Date de facture",
    "form.dueDate": "Échéance",
    "form.lines": "Lignes",
    "line.description": "Désignation",
    "line.quantity": "Quantité",
    "line.unit": "Unité",
    "line.unitPrice": "Prix unitaire HT",
    "line.vatRate": "TVA %",
    "line.vatRateLabel": "Taux de TVA (%)",
    "line.amount": "Montant HT",
    "line.field": "{field}, ligne {line}",
    "line.remove": "Supprimer la ligne {line}",
    "form.addLine": "Ajouter une ligne",
    "form.totals": "Totaux",
    "form.vatLine": "TVA {rate} % sur {base}",
    "form.totalWithoutVat": "Total HT",
    "form.totalVat": "Total TVA",
    "form.totalWithVat": "Total TTC",
    "form.payment": "Paiement",
    "form.paymentTerms": "Conditions de paiement",
    "form.iban": "IBAN",
    "form.save": "Enregistrer le brouillon",
    "unit.C62": "unité",
    "unit.HUR": "heure",
    "unit.DAY": "jour",
    "unit.MON": "mois",
    "unit.KGM": "kilogramme",
    "unit.MTR": "mètre",
    "unit.LTR": "litre",
    "unit.LS": "forfait",
    "check.serviceRequired": "Ce destinataire exige un code service.",
    "check.engagementRequired": "Ce destinataire exige un numéro d'engagement.",
    "check.inactive": "Ce destinataire n'est plus actif.",
  },
  en: {
    "form.title": "Enter an invoice",
    "form.attachFirst": "First join your company (My organisations) to enter an invoice.",
    "form.draftOnly":
      "What you enter is saved as a draft. Sending from this form (generating the Factur-X) is not available yet: to send now, submit your invoice's PDF with “Submit an invoice”.",
    "form.parties": "Issuer and recipient",
    "form.supplier": "Your organisation",
    "form.recipient": "Recipient (SIRET or name)",
    "form.recipientHint": "Search the directory",
    "form.rules": "{name}: {rules}.",
    "form.noRules": "no particular requirement",
    "form.serviceCode": "Service code",
    "form.clearServiceCode": "Clear the service code",
    "form.engagement": "Commitment (EJ) or purchase order number",
    "form.contract": "Contract number",
    "form.invoice": "Invoice",
    "form.framework": "Billing framework",
    "form.type": "Type",
    "form.type.FACTURE": "Invoice",
    "form.type.AVOIR": "Credit note",
    "form.number": "Number",
    "form.numberHint": "20 characters at most, unique within a year",
    "form.issueDate": "Invoice date",
    "form.dueDate": "Due date",
    "form.lines": "Lines",
    "line.description": "Description",
    "line.quantity": "Quantity",
    "line.unit": "Unit",
    "line.unitPrice": "Unit price excl. VAT",
    "line.vatRate": "VAT %",
    "line.vatRateLabel": "VAT rate (%)",
    "line.amount": "Amount excl. VAT",
    "line.field": "{field}, line {line}",
    "line.remove": "Remove line {line}",
    "form.addLine": "Add a line",
    "form.totals": "Totals",
    "form.vatLine": "VAT {rate}% on {base}",
    "form.totalWithoutVat": "Total excl. VAT",
    "form.totalVat": "Total VAT",
    "form.totalWithVat": "Total incl. VAT",
    "form.payment": "Payment",
    "form.paymentTerms": "Payment terms",
    "form.iban": "IBAN",
    "form.save": "Save the draft",
    "unit.C62": "unit",
    "unit.HUR": "hour",
    "unit.DAY": "day",
    "unit.MON": "month",
    "unit.KGM": "kilogram",
    "unit.MTR": "metre",
    "unit.LTR": "litre",
    "unit.LS": "lump sum",
    "check.serviceRequired": "This recipient requires a service code.",
    "check.engagementRequired": "This recipient requires a commitment number.",
    "check.inactive": "This recipient is no longer active.",
  },
});

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
export function formFindingInEnglish(f: Finding): string | null {
  if (f.rule === "FORM-LINE") {
    const [, line, problem] = /^Ligne (\d+) : (.+)\.$/.exec(f.message) ?? [];
    const english = problem ? LINE_PROBLEMS_EN[problem] : undefined;
    return line && english ? interpolate("Line {line}: {problem}.", { line, problem: english }) : null;
  }
  if (f.rule === "DEP-NUMBER-TOO-LONG") {
    const length = /\((?:il en compte )?(\d+)\)/.exec(f.message)?.[1];
    return length ? `The invoice number cannot be longer than 20 characters (it has ${length}).` : null;
  }
  return FORM_FINDINGS_EN[f.rule] ?? null;
}
