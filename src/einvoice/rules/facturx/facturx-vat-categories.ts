/**
 * The VAT categories of the Factur-X EXTENDED rules: the family in the rule ids (BR-FXEXT-<family>-…), the UNCL 5305
 * code, and the category's name in French and English for the messages.
 */
export const FX_VAT_CATEGORIES: readonly (readonly [family: string, code: string, fr: string, en: string])[] = [
  ["S", "S", "au taux normal", "Standard rated"],
  ["Z", "Z", "au taux zéro", "Zero rated"],
  ["E", "E", "exonérée", "Exempt from VAT"],
  ["AE", "AE", "en autoliquidation", "Reverse charge"],
  ["IC", "K", "de livraison intracommunautaire", "Intra-community supply"],
  ["G", "G", "d'exportation hors UE", "Export outside the EU"],
  ["O", "O", "hors champ de la TVA", "Not subject to VAT"],
  ["AF", "L", "IGIC (Canaries)", "IGIC"],
  ["AG", "M", "IPSI (Ceuta et Melilla)", "IPSI"],
];
