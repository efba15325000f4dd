import { defineMessages } from "../../i18n/i18n";

/** Messages of the main contractor's page: subcontractors' invoices (A9) to validate. */
export const validationsMessages = defineMessages({
  fr: {
    "validations.title": "Factures de sous-traitants à valider",
    "validations.intro":
      "Titulaire d'un marché, vous validez ou refusez les factures de vos sous-traitants (cadre A9) avant qu'elles partent chez l'acheteur public. Sans réponse avant l'échéance, la facture est validée tacitement.",
    "validations.pending": "À valider",
    "validations.decided": "Déjà traitées",
    "validations.state": "Factures affichées",
    "validations.none": "Aucune facture dans cette liste.",
    "validations.caption": "Factures de sous-traitants, la plus ancienne demande d'abord",
    "col.number": "Numéro",
    "col.subcontractor": "Sous-traitant",
    "col.recipient": "Destinataire",
    "col.amount": "Montant TTC",
    "col.requested": "Reçue le",
    "col.due": "Échéance",
    "col.decision": "Décision",
    "decision.VALIDER": "Validée",
    "decision.REFUSER": "Refusée",
    "decision.CONSTATER_ABSENCE_VALIDATION": "Validée tacitement",
    "validations.open": "Ouvrir la facture {number}",
  },
  en: {
    "validations.title": "Subcontractors' invoices to validate",
    "validations.intro":
      "As the main contractor, you validate or refuse your subcontractors' invoices (framework A9) before they go to the public buyer. Without an answer by the due date, the invoice is validated tacitly.",
    "validations.pending": "To validate",
    "validations.decided": "Already answered",
    "validations.state": "Invoices shown",
    "validations.none": "No invoice in this list.",
    "validations.caption": "Subcontractors' invoices, oldest request first",
    "col.number": "Number",
    "col.subcontractor": "Subcontractor",
    "col.recipient": "Recipient",
    "col.amount": "Amount incl. VAT",
    "col.requested": "Received on",
    "col.due": "Due date",
    "col.decision": "Decision",
    "decision.VALIDER": "Validated",
    "decision.REFUSER": "Refused",
    "decision.CONSTATER_ABSENCE_VALIDATION": "Validated tacitly",
    "validations.open": "Open invoice {number}",
  },
});
