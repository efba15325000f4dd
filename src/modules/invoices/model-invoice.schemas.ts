import { z } from "zod";

// The EN 16931 model of the engine (src/einvoice/model) as a zod schema, for invoices deposited as JSON. Every leaf
// is a `{ "value": "…" }` object like the model's `Value` (identifiers add `scheme`, amounts `currency`); `path`,
// written by the engine's readers, is accepted and ignored. Unknown keys are refused, so a typo is reported with its
// field instead of being dropped silently. `extended` (display-only data of EXTENDED profiles) is ignored.

// Generous bounds: a reader keeps what a file says, even out of spec; the deposit checks judge the content.
const Text = (max = 1024) => z.string().max(Math.max(max, 1024));
const Path = z.string().max(1000).optional();
const value = (max = 1024, description?: string) => {
  const schema = z.strictObject({ value: Text(max), path: Path });
  return description ? schema.describe(description) : schema;
};
const V = (description: string, max = 1024) => value(max, description).optional();
const Identifier = z.strictObject({ value: Text(200), path: Path, scheme: value(20).optional(), schemeVersion: value(20).optional() });
const Id = (description: string) => Identifier.describe(description).optional();
const Amount = z.strictObject({ value: Text(40), path: Path, currency: value(3).optional() });
const Amt = (description: string) => Amount.describe(description).optional();
const list = <T extends z.ZodTypeAny>(item: T, max: number) => z.array(item).max(max).default([]);

const PostalAddress = z.strictObject({
  line1: V("BT-35 / BT-50 / BT-64 / BT-75 Ligne d'adresse 1"),
  line2: V("Ligne d'adresse 2"),
  line3: V("Ligne d'adresse 3"),
  city: V("Ville"),
  postCode: V("Code postal"),
  countrySubdivision: V("Subdivision du pays"),
  countryCode: V("Code pays (ISO 3166-1 alpha-2)", 2),
  path: Path,
});
const Contact = z.strictObject({ point: V("Contact"), telephone: V("Téléphone"), email: V("Courriel"), path: Path });

const Seller = z.strictObject({
  name: V("BT-27 Raison sociale du vendeur"),
  tradingName: V("BT-28 Nom commercial"),
  identifiers: list(Identifier, 20).describe("BT-29 Identifiants du vendeur (SIRET : schéma 0009)"),
  legalRegistrationId: Id("BT-30 Identifiant légal (SIREN : schéma 0002)"),
  vatId: V("BT-31 Numéro de TVA intracommunautaire"),
  taxRegistrationId: V("BT-32 Identifiant fiscal"),
  additionalLegalInformation: V("BT-33 Informations juridiques complémentaires"),
  electronicAddress: Id("BT-34 Adresse électronique"),
  address: PostalAddress.describe("BG-5 Adresse postale du vendeur"),
  contact: Contact.optional(),
  path: Path,
});
const Buyer = z.strictObject({
  name: V("BT-44 Raison sociale de l'acheteur"),
  tradingName: V("BT-45 Nom commercial"),
  identifier: Id("BT-46 Identifiant de l'acheteur (SIRET : schéma 0009)"),
  legalRegistrationId: Id("BT-47 Identifiant légal"),
  vatId: V("BT-48 Numéro de TVA"),
  electronicAddress: Id("BT-49 Adresse électronique"),
  address: PostalAddress.describe("BG-8 Adresse postale de l'acheteur"),
  contact: Contact.optional(),
  path: Path,
});
const Payee = z.strictObject({ name: V("BT-59 Nom du bénéficiaire"), identifier: Id("BT-60"), legalRegistrationId: Id("BT-61"), path: Path });
const TaxRepresentative = z.strictObject({ name: V("BT-62"), vatId: V("BT-63"), address: PostalAddress, path: Path });
const Delivery = z.strictObject({ partyName: V("BT-70"), locationId: Id("BT-71"), actualDate: V("BT-72 Date de livraison (AAAA-MM-JJ)", 10), address: PostalAddress.optional(), path: Path });
const Period = z.strictObject({ start: V("Début (AAAA-MM-JJ)", 10), end: V("Fin (AAAA-MM-JJ)", 10), path: Path });

const AllowanceCharge = z.strictObject({
  amount: Amt("Montant"),
  baseAmount: Amt("Assiette"),
  percentage: V("Pourcentage", 40),
  vatCategory: V("Catégorie de TVA", 10),
  vatRate: V("Taux de TVA", 40),
  reason: V("Motif"),
  reasonCode: V("Code motif", 10),
  path: Path,
});
const LineAllowanceCharge = AllowanceCharge.omit({ vatCategory: true, vatRate: true });

const Line = z.strictObject({
  id: V("BT-126 Identifiant de ligne", 100),
  note: V("BT-127 Note de ligne"),
  objectId: Id("BT-128"),
  quantity: V("BT-129 Quantité facturée", 40),
  quantityUnit: V("BT-130 Unité (UN/ECE Rec 20)", 10),
  netAmount: Amt("BT-131 Montant net de la ligne"),
  orderLineRef: V("BT-132"),
  buyerAccountingRef: V("BT-133"),
  period: Period.optional(),
  allowances: list(LineAllowanceCharge, 100),
  charges: list(LineAllowanceCharge, 100),
  price: z.strictObject({ netPrice: Amt("BT-146 Prix net"), discount: Amt("BT-147"), grossPrice: Amt("BT-148"), baseQuantity: V("BT-149", 40), baseQuantityUnit: V("BT-150", 10), path: Path }),
  vatCategory: V("BT-151 Catégorie de TVA (S, Z, E, AE, K, G, O, L, M)", 10),
  vatRate: V("BT-152 Taux de TVA", 40),
  item: z.strictObject({
    name: V("BT-153 Désignation"),
    description: V("BT-154 Description", 4000),
    sellerId: V("BT-155"),
    buyerId: V("BT-156"),
    standardId: Id("BT-157"),
    classifications: list(Identifier, 20),
    countryOfOrigin: V("BT-159", 2),
    attributes: list(z.strictObject({ name: V("BT-160"), value: V("BT-161"), path: Path }), 50),
    path: Path,
  }),
  extended: z.unknown().optional(),
  path: Path,
});

/** BG-0: an invoice in the engine's model shape. */
export const ModelInvoice = z.strictObject({
  number: V("BT-1 Numéro de facture", 100),
  issueDate: V("BT-2 Date d'émission (AAAA-MM-JJ)", 10),
  typeCode: V("BT-3 Type (380 facture, 381 avoir, …)", 3),
  currency: V("BT-5 Devise (ISO 4217)", 3),
  vatCurrency: V("BT-6", 3),
  taxPointDate: V("BT-7", 10),
  taxPointDateCode: V("BT-8", 3),
  dueDate: V("BT-9 Date d'échéance", 10),
  buyerReference: V("BT-10 Référence acheteur : le code service", 100),
  projectReference: V("BT-11"),
  contractReference: V("BT-12 Numéro de marché"),
  purchaseOrderReference: V("BT-13 Numéro d'engagement (bon de commande)"),
  salesOrderReference: V("BT-14"),
  receivingAdviceReference: V("BT-15"),
  despatchAdviceReference: V("BT-16"),
  tenderReference: V("BT-17"),
  invoicedObjectId: Id("BT-18"),
  buyerAccountingReference: V("BT-19"),
  paymentTerms: V("BT-20 Conditions de paiement", 4000),
  notes: list(z.strictObject({ subjectCode: V("BT-21", 3), text: V("BT-22", 4000), path: Path }), 100).describe("BG-1 Notes"),
  process: z.strictObject({ businessProcess: V("BT-23 Cadre de facturation de la réforme (M1, S1, …)", 100), specificationId: V("BT-24 Spécification", 200), path: Path }).describe("BG-2"),
  precedingInvoices: list(z.strictObject({ number: V("BT-25"), issueDate: V("BT-26", 10), path: Path }), 100).describe("BG-3 Factures antérieures (avoirs)"),
  seller: Seller.describe("BG-4 Vendeur"),
  buyer: Buyer.describe("BG-7 Acheteur"),
  payee: Payee.optional(),
  taxRepresentative: TaxRepresentative.optional(),
  delivery: Delivery.optional(),
  invoicingPeriod: Period.optional(),
  payment: z
    .strictObject({
      meansCode: V("BT-81 Moyen de paiement (30 virement, 58 virement SEPA…)", 3),
      meansText: V("BT-82"),
      remittanceInformation: V("BT-83"),
      creditTransfers: list(z.strictObject({ accountId: V("BT-84 IBAN", 40), accountName: V("BT-85"), serviceProviderId: V("BT-86 BIC", 11), path: Path }), 10),
      card: z.strictObject({ primaryAccountNumber: V("BT-87", 20), holderName: V("BT-88"), path: Path }).optional(),
      directDebit: z.strictObject({ mandateReference: V("BT-89"), creditorId: V("BT-90"), debitedAccountId: V("BT-91"), path: Path }).optional(),
      path: Path,
    })
    .optional()
    .describe("BG-16 Instructions de paiement"),
  allowances: list(AllowanceCharge, 100).describe("BG-20 Remises"),
  charges: list(AllowanceCharge, 100).describe("BG-21 Charges"),
  totals: z
    .strictObject({
      lineNetTotal: Amt("BT-106"),
      allowanceTotal: Amt("BT-107"),
      chargeTotal: Amt("BT-108"),
      taxExclusiveTotal: Amt("BT-109 Total HT"),
      vatTotal: Amt("BT-110 Total TVA"),
      vatTotalAccounting: Amt("BT-111"),
      taxInclusiveTotal: Amt("BT-112 Total TTC"),
      paidAmount: Amt("BT-113"),
      roundingAmount: Amt("BT-114"),
      amountDue: Amt("BT-115 Montant à payer"),
      path: Path,
    })
    .describe("BG-22 Totaux"),
  vatBreakdown: list(
    z.strictObject({
      taxableAmount: Amt("BT-116"),
      taxAmount: Amt("BT-117"),
      category: V("BT-118", 10),
      rate: V("BT-119", 40),
      exemptionReason: V("BT-120"),
      exemptionReasonCode: V("BT-121", 30),
      path: Path,
    }),
    100,
  ).describe("BG-23 Ventilation de la TVA"),
  supportingDocuments: list(
    z.strictObject({
      reference: V("BT-122"),
      description: V("BT-123"),
      externalLocation: V("BT-124"),
      attachment: z.strictObject({ value: z.string(), path: Path, mimeCode: value(100).optional(), filename: value(255).optional() }).optional().describe("BT-125 Pièce jointe en base64"),
      path: Path,
    }),
    100,
  ).describe("BG-24 Pièces justificatives"),
  lines: z.array(Line).min(1).max(9999).describe("BG-25 Lignes"),
  extended: z.unknown().optional().describe("Ignoré"),
  path: Path,
});
export type ModelInvoice = z.infer<typeof ModelInvoice>;
