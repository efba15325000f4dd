import { z } from "zod";

// The directory's HTTP contract (the web client in web/src/api/directory.ts mirrors it), also the OpenAPI document.

export const StructureKind = z.enum(["PUBLIQUE", "PRIVEE"]).describe("PUBLIQUE : acheteur public ; PRIVEE : fournisseur");
export type StructureKind = z.infer<typeof StructureKind>;

export const StructureSummary = z.object({
  siret: z.string().describe("SIRET de l'établissement (14 chiffres)"),
  siren: z.string().describe("SIREN de l'unité légale (9 chiffres)"),
  name: z.string(),
  kind: StructureKind,
  active: z.boolean(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  serviceCount: z.number().int().describe("Nombre de services actifs"),
});
export type StructureSummary = z.infer<typeof StructureSummary>;

export const StructureFlags = z.object({
  serviceCodeRequired: z.boolean().describe("Code service obligatoire"),
  engagementRequired: z.boolean().describe("Numéro d'engagement obligatoire"),
  serviceOrEngagementRequired: z.boolean().describe("Code service ou numéro d'engagement obligatoire"),
  paymentStatusReported: z.boolean().describe("Le statut de mise en paiement est remonté"),
  isMoa: z.boolean(),
  isMoaOnly: z.boolean(),
  ediSender: z.boolean(),
  ediReceiver: z.boolean(),
});
export type StructureFlags = z.infer<typeof StructureFlags>;

export const PostalAddress = z.object({
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  line3: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: z.string().nullable(),
  countryLabel: z.string().nullable(),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const StructureDetail = StructureSummary.extend({
  identifierType: z.string().describe("Type d'identifiant (SIRET)"),
  flags: StructureFlags,
  flagLabels: z.array(z.string()).describe("Les paramètres en clair, en français"),
  address: PostalAddress,
  paymentDelayDays: z.number().int().describe("Délai de paiement en jours"),
});
export type StructureDetail = z.infer<typeof StructureDetail>;

export const Service = z.object({
  code: z.string().describe("Code service à porter sur la facture"),
  name: z.string(),
  active: z.boolean(),
  engagementRequired: z.boolean(),
  paymentStatusReported: z.boolean(),
  validFrom: z.string().nullable().describe("Début de validité (AAAA-MM-JJ)"),
  validTo: z.string().nullable().describe("Fin de validité (AAAA-MM-JJ)"),
});
export type Service = z.infer<typeof Service>;

export const SearchStructuresQuery = z.object({
  q: z.string().max(200).default("").describe("Début de SIRET/SIREN (3 chiffres au moins) ou mots du nom (3 caractères au moins)"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SiretParams = z.object({ siret: z.string().max(64).describe("SIRET (14 chiffres)") });

const booleanQuery = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const ListServicesQuery = z.object({
  q: z.string().max(200).optional().describe("Filtre sur le code ou le libellé du service"),
  activeOnly: booleanQuery.optional().describe("Seulement les services actifs"),
});
