import type { StructureFlags } from "./structure.js";

/** The flags in the words a depositor reads on the structure's page, in a stable order. */
export function flagLabels(flags: StructureFlags): string[] {
  const labels: string[] = [];
  if (flags.serviceCodeRequired) labels.push("Code service obligatoire");
  if (flags.engagementRequired) labels.push("Numéro d'engagement obligatoire");
  if (flags.serviceOrEngagementRequired) labels.push("Code service ou engagement obligatoire");
  if (!flags.serviceCodeRequired && !flags.serviceOrEngagementRequired) labels.push("Aucun code service à renseigner");
  if (flags.paymentStatusReported) labels.push("Statut de mise en paiement remonté");
  if (flags.isMoaOnly) labels.push("Maîtrise d'ouvrage uniquement");
  else if (flags.isMoa) labels.push("Maîtrise d'ouvrage");
  if (flags.ediSender) labels.push("Émetteur EDI");
  if (flags.ediReceiver) labels.push("Récepteur EDI");
  return labels;
}
