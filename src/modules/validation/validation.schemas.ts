import { z } from "zod";

export const ValidationFinding = z.object({
  rule: z.string().describe("Identifiant de la règle (BR-CO-10, CII-SR-001, BR-FR-12...)"),
  severity: z.enum(["fatal", "warning"]),
  terms: z.array(z.string()).describe("Termes métier EN 16931 concernés (BT, BG)"),
  part: z.string().describe("Partie de la facture concernée"),
  partLabel: z.string(),
  path: z.string().describe("Chemin de l'élément fautif dans le XML"),
  line: z.number().int(),
  message: z.string(),
});
export type ValidationFinding = z.infer<typeof ValidationFinding>;

export const ValidationResult = z.object({
  syntax: z.enum(["CII", "UBL"]),
  kind: z.enum(["Invoice", "CreditNote"]),
  profile: z.string(),
  source: z.enum(["xml", "pdf"]),
  valid: z.boolean(),
  fatalCount: z.number().int(),
  warningCount: z.number().int(),
  sets: z.array(z.string()),
  findings: z.array(ValidationFinding),
});
export type ValidationResult = z.infer<typeof ValidationResult>;

export const ValidateQuery = z.object({
  lang: z.enum(["fr", "en"]).default("fr"),
  publicBuyer: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("Appliquer les règles françaises du B2G (acheteur public)"),
});
