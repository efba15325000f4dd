// The findings of a deposit: every problem is reported at once, each with a stable rule id, a French message, the
// field concerned, and the 2026 reform reason code (MDT-113) the refusal maps to.

export type FindingSeverity = "fatal" | "warning";

export interface DepositFinding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  /**
   * The message in English, the second language, for the portal's own rules: the HTTP edge answers with it when the
   * caller asks for English first (Accept-Language), and never shows this field itself.
   */
  messageEn?: string;
  field?: string;
  /** Reform reason code (chorus-pro.md §1.6): DOUBLON, DEST_INC, CODE_ROUTAGE_ERR, IRR_TAILLE_PJ... */
  reason?: string;
  /** Anything that helps: the invoice a number collides with, the values that differ... */
  details?: Record<string, unknown>;
}

/** The deposit rules of the portal, by id: message templates (French, English) and reform reason. */
export const DEPOSIT_RULES = {
  "DEP-FILE-UNREADABLE": { reason: "IRR_SYNTAX", field: "file", fr: "Le fichier n'a pas pu être lu : {detail}", en: "The file could not be read: {detail}" },
  "DEP-FILE-EMPTY": { reason: "IRR_VIDE_F", field: "file", fr: "Le fichier de la facture est vide.", en: "The invoice file is empty." },
  "DEP-FILE-TYPE": { reason: "IRR_TYPE_F", field: "file", fr: "Format non reconnu : déposez un PDF (Factur-X ou simple) ou un XML CII ou UBL.", en: "Unknown format: deposit a PDF (Factur-X or plain) or a CII or UBL XML file." },
  "DEP-SUPPLIER-REQUIRED": { reason: "EMMET_INC", field: "supplierSiret", fr: "Vous êtes rattaché à plusieurs structures : indiquez pour laquelle vous déposez (supplierSiret).", en: "You belong to several structures: say which one you deposit for (supplierSiret)." },
  "DEP-SUPPLIER-NOT-ALLOWED": { reason: "EMMET_INC", field: "supplierSiret", fr: "Vous ne pouvez pas déposer de facture pour la structure {siret}.", en: "You cannot deposit invoices for the structure {siret}." },
  "DEP-SELLER-MISMATCH": { reason: "EMMET_INC", field: "supplierSiret", fr: "Le vendeur de la facture (SIRET {seller}) n'est pas la structure qui dépose ({supplier}).", en: "The invoice's seller (SIRET {seller}) is not the structure depositing it ({supplier})." },
  "DEP-RECIPIENT-REQUIRED": { reason: "DEST_INC", field: "recipientSiret", fr: "Indiquez le SIRET du destinataire : la facture n'en donne pas.", en: "Give the recipient's SIRET: the invoice does not state it." },
  "DEP-RECIPIENT-UNKNOWN": { reason: "DEST_INC", field: "recipientSiret", fr: "Le destinataire {siret} n'est pas référencé dans l'annuaire.", en: "The recipient {siret} is not in the directory." },
  "DEP-RECIPIENT-INACTIVE": { reason: "DEST_INC", field: "recipientSiret", fr: "Le destinataire {siret} n'est plus actif : il ne reçoit pas de factures.", en: "The recipient {siret} is no longer active: it does not receive invoices." },
  "DEP-SERVICE-REQUIRED": { reason: "CODE_ROUTAGE_ERR", field: "serviceCode", fr: "Ce destinataire exige un code service : indiquez celui qui a passé la commande.", en: "This recipient requires a service code: give the code of the service that placed the order." },
  "DEP-SERVICE-UNKNOWN": { reason: "CODE_ROUTAGE_ERR", field: "serviceCode", fr: "Le code service « {code} » n'existe pas chez ce destinataire.", en: "The service code \"{code}\" does not exist at this recipient." },
  "DEP-SERVICE-INACTIVE": { reason: "CODE_ROUTAGE_ERR", field: "serviceCode", fr: "Le service « {code} » n'est plus actif chez ce destinataire.", en: "The service \"{code}\" is no longer active at this recipient." },
  "DEP-ENGAGEMENT-REQUIRED": { reason: "CMD_ERR", field: "engagementNumber", fr: "Ce destinataire exige un numéro d'engagement (EJ ou bon de commande).", en: "This recipient requires a commitment number (EJ or purchase order)." },
  "DEP-SERVICE-OR-ENGAGEMENT-REQUIRED": { reason: "REF_CT_ABSENT", field: "serviceCode", fr: "Ce destinataire exige un code service ou un numéro d'engagement : indiquez au moins l'un des deux.", en: "This recipient requires a service code or a commitment number: give at least one of them." },
  "DEP-ENGAGEMENT-TOO-LONG": { reason: "CMD_ERR", field: "engagementNumber", fr: "Le numéro d'engagement ne peut dépasser 50 caractères.", en: "The commitment number cannot be longer than 50 characters." },
  "DEP-NUMBER-REQUIRED": { reason: "REJ_SEMAN", field: "number", fr: "Le numéro de facture est obligatoire.", en: "The invoice number is required." },
  "DEP-NUMBER-TOO-LONG": { reason: "REJ_SEMAN", field: "number", fr: "Le numéro de facture ne peut dépasser 20 caractères (il en compte {length}).", en: "The invoice number cannot be longer than 20 characters (it has {length})." },
  "DEP-NUMBER-IS-DATE": { reason: "REJ_SEMAN", field: "number", fr: "La date du jour ne peut pas servir de numéro de facture.", en: "Today's date cannot be used as an invoice number." },
  "DEP-NUMBER-DUPLICATE": { reason: "DOUBLON", field: "number", fr: "Vous avez déjà déposé une facture n° {number} pour cette structure en {year} (déposée le {depositedAt}).", en: "You already deposited an invoice number {number} for this structure in {year} (deposited on {depositedAt})." },
  "DEP-DATE-REQUIRED": { reason: "REJ_SEMAN", field: "issueDate", fr: "La date de facture est obligatoire.", en: "The invoice date is required." },
  "DEP-ATTACHMENT-EMPTY": { reason: "IRR_VID_PJ", field: "attachment", fr: "La pièce jointe « {name} » est vide.", en: "The attachment \"{name}\" is empty." },
  "DEP-ATTACHMENT-TOO-LARGE": { reason: "IRR_TAILLE_PJ", field: "attachment", fr: "La pièce jointe « {name} » dépasse 10 Mo.", en: "The attachment \"{name}\" is larger than 10 MB." },
  "DEP-ATTACHMENTS-TOO-LARGE": { reason: "IRR_TAILLE_PJ", field: "attachment", fr: "La facture et ses pièces jointes dépassent 120 Mo au total.", en: "The invoice and its attachments are larger than 120 MB in all." },
  "DEP-ATTACHMENT-NAME-TOO-LONG": { reason: "IRR_NOM_PJ", field: "attachment", fr: "Le nom « {name} » dépasse 50 caractères (extension comprise).", en: "The name \"{name}\" is longer than 50 characters (extension included)." },
  "DEP-ATTACHMENT-EXTENSION": { reason: "IRR_EXT_DOC", field: "attachment", fr: "Le type de la pièce jointe « {name} » n'est pas accepté (PDF, images, bureautique, XML, CSV, archives...).", en: "This type of attachment is not accepted for \"{name}\" (PDF, images, office documents, XML, CSV, archives...)." },
  "DEP-TYPED-MISMATCH": { reason: "REJ_COH", field: "file", fr: "Ce que vous avez saisi ne correspond pas au fichier pour : {fields}. Vérifiez puis confirmez.", en: "What you typed does not match the file for: {fields}. Check, then confirm." },
  "DEP-VALIDATOR-REQUIRED": { reason: "REF_CT_ABSENT", field: "validatorSiret", fr: "Une facture de sous-traitant (A9) est d'abord validée par le titulaire du marché : indiquez son SIRET.", en: "A subcontractor's invoice (A9) is first approved by the main contractor: give its SIRET." },
  "DEP-VALIDATOR-UNKNOWN": { reason: "DEST_INC", field: "validatorSiret", fr: "Le titulaire {siret} n'est pas inscrit sur le portail : il ne pourrait pas valider la facture.", en: "The main contractor {siret} is not registered on the portal: it could not approve the invoice." },
  "DEP-VALIDATOR-INACTIVE": { reason: "DEST_INC", field: "validatorSiret", fr: "Le titulaire {siret} n'est plus actif.", en: "The main contractor {siret} is no longer active." },
  "DEP-VALIDATOR-IS-SUPPLIER": { reason: "REJ_COH", field: "validatorSiret", fr: "Le titulaire qui valide ne peut pas être le sous-traitant qui dépose.", en: "The main contractor who approves cannot be the subcontractor who deposits." },
  "DEP-VALIDATOR-IS-RECIPIENT": { reason: "REJ_COH", field: "validatorSiret", fr: "Le titulaire qui valide est l'entreprise qui a le marché, pas l'acheteur public destinataire.", en: "The main contractor who approves is the company holding the contract, not the public buyer receiving the invoice." },
  "DEP-FORM-TOTALS": { reason: "CALCUL_ERR", field: "totals", fr: "Les totaux ne correspondent pas aux lignes : {detail}.", en: "The totals do not match the lines: {detail}." },
} as const satisfies Record<string, { reason: string; field: string; fr: string; en: string }>;
export type DepositRuleId = keyof typeof DEPOSIT_RULES;

/**
 * A fatal (default) or warning finding of one of the portal's deposit rules, its messages filled in (`valuesEn`: the
 * values that differ in English, such as a detail that is itself a message).
 */
export function finding(rule: DepositRuleId, values: Record<string, string | number> = {}, severity: FindingSeverity = "fatal", valuesEn: Record<string, string | number> = {}): DepositFinding {
  const def = DEPOSIT_RULES[rule];
  return { rule, severity, message: fill(def.fr, values), messageEn: fill(def.en, { ...values, ...valuesEn }), field: def.field, reason: def.reason, ...(Object.keys(values).length ? { details: values } : {}) };
}

function fill(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}

/**
 * The English of a finding of the portal's own rules kept without it (a stored warning), from its details: undefined
 * when the rule is not one of them, or when its details no longer give back its French message.
 */
export function depositFindingInEnglish(f: { rule: string; message: string; details?: Readonly<Record<string, unknown>> | undefined }): string | undefined {
  const def = (DEPOSIT_RULES as Record<string, { fr: string; en: string }>)[f.rule];
  if (!def) return undefined;
  const values = f.details ?? {};
  return fill(def.fr, values) === f.message ? fill(def.en, values) : undefined;
}

/**
 * The findings as the caller reads them: in English when asked and written in English too, each then saying its
 * language (`lang`); `messageEn` left out.
 */
export function findingsIn<T extends { message: string; messageEn?: string | undefined }>(findings: readonly T[], locale: "fr" | "en"): (Omit<T, "messageEn"> & { lang?: "fr" | "en" })[] {
  return findings.map(({ messageEn, ...kept }) => {
    if (locale !== "en") return kept;
    return messageEn !== undefined ? { ...kept, message: messageEn, lang: "en" as const } : { ...kept, lang: "fr" as const };
  });
}
