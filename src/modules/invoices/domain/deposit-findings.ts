// The findings of a deposit: every problem is reported at once, each with a stable rule id, a French message, the
// field concerned, and the 2026 reform reason code (MDT-113) the refusal maps to.

export type FindingSeverity = "fatal" | "warning";

export interface DepositFinding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  field?: string;
  /** Reform reason code (chorus-pro.md §1.6): DOUBLON, DEST_INC, CODE_ROUTAGE_ERR, IRR_TAILLE_PJ... */
  reason?: string;
  /** Anything that helps: the invoice a number collides with, the values that differ... */
  details?: Record<string, unknown>;
}

/** The deposit rules of the portal, by id: message template and reform reason. */
export const DEPOSIT_RULES = {
  "DEP-FILE-UNREADABLE": { reason: "IRR_SYNTAX", field: "file", fr: "Le fichier n'a pas pu être lu : {detail}" },
  "DEP-FILE-EMPTY": { reason: "IRR_VIDE_F", field: "file", fr: "Le fichier de la facture est vide." },
  "DEP-FILE-TYPE": { reason: "IRR_TYPE_F", field: "file", fr: "Format non reconnu : déposez un PDF (Factur-X ou simple) ou un XML CII ou UBL." },
  "DEP-SUPPLIER-REQUIRED": { reason: "EMMET_INC", field: "supplierSiret", fr: "Vous êtes rattaché à plusieurs structures : indiquez pour laquelle vous déposez (supplierSiret)." },
  "DEP-SUPPLIER-NOT-ALLOWED": { reason: "EMMET_INC", field: "supplierSiret", fr: "Vous ne pouvez pas déposer de facture pour la structure {siret}." },
  "DEP-SELLER-MISMATCH": { reason: "EMMET_INC", field: "supplierSiret", fr: "Le vendeur de la facture (SIRET {seller}) n'est pas la structure qui dépose ({supplier})." },
  "DEP-RECIPIENT-REQUIRED": { reason: "DEST_INC", field: "recipientSiret", fr: "Indiquez le SIRET du destinataire : la facture n'en donne pas." },
  "DEP-RECIPIENT-UNKNOWN": { reason: "DEST_INC", field: "recipientSiret", fr: "Le destinataire {siret} n'est pas référencé dans l'annuaire." },
  "DEP-RECIPIENT-INACTIVE": { reason: "DEST_INC", field: "recipientSiret", fr: "Le destinataire {siret} n'est plus actif : il ne reçoit pas de factures." },
  "DEP-SERVICE-REQUIRED": { reason: "CODE_ROUTAGE_ERR", field: "serviceCode", fr: "Ce destinataire exige un code service : indiquez celui qui a passé la commande." },
  "DEP-SERVICE-UNKNOWN": { reason: "CODE_ROUTAGE_ERR", field: "serviceCode", fr: "Le code service « {code} » n'existe pas chez ce destinataire." },
  "DEP-SERVICE-INACTIVE": { reason: "CODE_ROUTAGE_ERR", field: "serviceCode", fr: "Le service « {code} » n'est plus actif chez ce destinataire." },
  "DEP-ENGAGEMENT-REQUIRED": { reason: "CMD_ERR", field: "engagementNumber", fr: "Ce destinataire exige un numéro d'engagement (EJ ou bon de commande)." },
  "DEP-SERVICE-OR-ENGAGEMENT-REQUIRED": { reason: "REF_CT_ABSENT", field: "serviceCode", fr: "Ce destinataire exige un code service ou un numéro d'engagement : indiquez au moins l'un des deux." },
  "DEP-ENGAGEMENT-TOO-LONG": { reason: "CMD_ERR", field: "engagementNumber", fr: "Le numéro d'engagement ne peut dépasser 50 caractères." },
  "DEP-NUMBER-REQUIRED": { reason: "REJ_SEMAN", field: "number", fr: "Le numéro de facture est obligatoire." },
  "DEP-NUMBER-TOO-LONG": { reason: "REJ_SEMAN", field: "number", fr: "Le numéro de facture ne peut dépasser 20 caractères (il en compte {length})." },
  "DEP-NUMBER-IS-DATE": { reason: "REJ_SEMAN", field: "number", fr: "La date du jour ne peut pas servir de numéro de facture." },
  "DEP-NUMBER-DUPLICATE": { reason: "DOUBLON", field: "number", fr: "Vous avez déjà déposé une facture n° {number} pour cette structure en {year} (déposée le {depositedAt})." },
  "DEP-DATE-REQUIRED": { reason: "REJ_SEMAN", field: "issueDate", fr: "La date de facture est obligatoire." },
  "DEP-ATTACHMENT-EMPTY": { reason: "IRR_VID_PJ", field: "attachment", fr: "La pièce jointe « {name} » est vide." },
  "DEP-ATTACHMENT-TOO-LARGE": { reason: "IRR_TAILLE_PJ", field: "attachment", fr: "La pièce jointe « {name} » dépasse 10 Mo." },
  "DEP-ATTACHMENTS-TOO-LARGE": { reason: "IRR_TAILLE_PJ", field: "attachment", fr: "La facture et ses pièces jointes dépassent 120 Mo au total." },
  "DEP-ATTACHMENT-NAME-TOO-LONG": { reason: "IRR_NOM_PJ", field: "attachment", fr: "Le nom « {name} » dépasse 50 caractères (extension comprise)." },
  "DEP-ATTACHMENT-EXTENSION": { reason: "IRR_EXT_DOC", field: "attachment", fr: "Le type de la pièce jointe « {name} » n'est pas accepté (PDF, images, bureautique, XML, CSV, archives...)." },
  "DEP-TYPED-MISMATCH": { reason: "REJ_COH", field: "file", fr: "Ce que vous avez saisi ne correspond pas au fichier pour : {fields}. Vérifiez puis confirmez." },
  "DEP-VALIDATOR-REQUIRED": { reason: "REF_CT_ABSENT", field: "validatorSiret", fr: "Une facture de sous-traitant (A9) est d'abord validée par le titulaire du marché : indiquez son SIRET." },
  "DEP-VALIDATOR-UNKNOWN": { reason: "DEST_INC", field: "validatorSiret", fr: "Le titulaire {siret} n'est pas inscrit sur le portail : il ne pourrait pas valider la facture." },
  "DEP-VALIDATOR-INACTIVE": { reason: "DEST_INC", field: "validatorSiret", fr: "Le titulaire {siret} n'est plus actif." },
  "DEP-VALIDATOR-IS-SUPPLIER": { reason: "REJ_COH", field: "validatorSiret", fr: "Le titulaire qui valide ne peut pas être le sous-traitant qui dépose." },
  "DEP-VALIDATOR-IS-RECIPIENT": { reason: "REJ_COH", field: "validatorSiret", fr: "Le titulaire qui valide est l'entreprise qui a le marché, pas l'acheteur public destinataire." },
  "DEP-FORM-TOTALS": { reason: "CALCUL_ERR", field: "totals", fr: "Les totaux ne correspondent pas aux lignes : {detail}." },
} as const satisfies Record<string, { reason: string; field: string; fr: string }>;
export type DepositRuleId = keyof typeof DEPOSIT_RULES;

/** A fatal (default) or warning finding of one of the portal's deposit rules, its message filled in. */
export function finding(rule: DepositRuleId, values: Record<string, string | number> = {}, severity: FindingSeverity = "fatal"): DepositFinding {
  const def = DEPOSIT_RULES[rule];
  const message = def.fr.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
  return { rule, severity, message, field: def.field, reason: def.reason, ...(Object.keys(values).length ? { details: values } : {}) };
}
