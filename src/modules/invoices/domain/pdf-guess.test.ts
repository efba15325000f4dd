import { describe, expect, it } from "vitest";
import { guessFromPdfText, normaliseAmount } from "./pdf-guess.js";

describe("guessFromPdfText", () => {
  const text = `LE FOURNISSEUR SARL - SIRET 123 456 782 00077
FACTURE N° FA-2026-0042
Date de facture : 31/01/2026   Échéance : 02/03/2026
Client : DEPARTEMENT TEST   SIRET client : 21060088800015
Code service : SERVEXEC   Engagement n° EJ20260099
Total HT 1 250,00 €
Total TVA 250,00 €
Total TTC 1 500,00 €`;

  it("finds the SIRETs (Luhn-valid only), the number, dates, references and totals", () => {
    expect(guessFromPdfText(text)).toEqual({
      sirets: ["12345678200077", "21060088800015"],
      supplierSiret: "12345678200077",
      recipientSiret: "21060088800015",
      number: "FA-2026-0042",
      issueDate: "2026-01-31",
      dueDate: "2026-03-02",
      engagementNumber: "EJ20260099",
      serviceCode: "SERVEXEC",
      totalWithoutVat: "1250.00",
      totalVat: "250.00",
      totalWithVat: "1500.00",
      documentType: "FACTURE",
    });
  });

  it("ignores 14-digit numbers that are not SIRETs and leaves unknown fields out", () => {
    expect(guessFromPdfText("Référence interne 12345678901234")).toEqual({ sirets: [] });
  });

  it("reads French and English amount formats", () => {
    expect(normaliseAmount("1.234,5")).toBe("1234.50");
    expect(normaliseAmount("1,234.56")).toBe("1234.56");
    expect(normaliseAmount("12")).toBe("12.00");
    expect(normaliseAmount("abc")).toBeUndefined();
  });
});
