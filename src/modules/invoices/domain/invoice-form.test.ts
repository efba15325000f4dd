import { describe, expect, it } from "vitest";
import { checkForm, computeTotals, emptyLine, type InvoiceForm, isValidIban } from "./invoice-form.js";

const form = (o: Partial<InvoiceForm> = {}): InvoiceForm => ({
  supplierSiret: "12345678200077",
  recipientSiret: "21060088800015",
  serviceCode: "SERVEXEC",
  engagementNumber: "",
  contractNumber: "",
  framework: "A1_FACTURE_FOURNISSEUR",
  documentType: "FACTURE",
  number: "F-2026-1",
  issueDate: "2026-02-27",
  dueDate: "2026-03-29",
  currency: "EUR",
  lines: [{ description: "Audit", quantity: "3", unit: "DAY", unitPrice: "650", vatRate: "20" }],
  paymentTerms: "30 jours",
  iban: "",
  ...o,
});

describe("computeTotals", () => {
  it("computes line amounts, VAT per rate and totals with exact decimals", () => {
    const t = computeTotals([
      { description: "a", quantity: "3", unit: "C62", unitPrice: "0.1", vatRate: "20" },
      { description: "b", quantity: "1.5", unit: "HUR", unitPrice: "33.33", vatRate: "5.5" },
      { description: "c", quantity: "1", unit: "C62", unitPrice: "0.2", vatRate: "20.0" },
    ]);
    // 3 × 0.1 is exactly 0.30 here, never 0.30000000000000004.
    expect(t.lineAmounts).toEqual(["0.30", "50.00", "0.20"]);
    expect(t.vatBreakdown).toEqual([
      { rate: "20", base: "0.50", vat: "0.10" },
      { rate: "5.5", base: "50.00", vat: "2.75" },
    ]);
    expect([t.totalWithoutVat, t.totalVat, t.totalWithVat]).toEqual(["50.50", "2.85", "53.35"]);
  });

  it("rounds half away from zero, and accepts a comma as decimal separator", () => {
    const t = computeTotals([{ description: "x", quantity: "1", unit: "C62", unitPrice: "10,005", vatRate: "10" }]);
    expect(t.lineAmounts).toEqual(["10.01"]);
    expect(t.totalWithVat).toBe("11.01");
  });
});

describe("checkForm", () => {
  it("accepts a complete form", () => {
    expect(checkForm(form(), "2026-03-02")).toEqual([]);
  });

  it("reports every problem at once", () => {
    const rules = checkForm(form({ recipientSiret: "123", number: "", issueDate: "", lines: [{ ...emptyLine(), unitPrice: "abc", quantity: "0" }], iban: "FR76 0000" }), "2026-03-02").map((f) => f.rule);
    expect(rules).toEqual(["FORM-RECIPIENT", "DEP-NUMBER-REQUIRED", "FORM-DATE", "FORM-LINE", "FORM-LINE", "FORM-LINE", "FORM-IBAN"]);
  });

  it("checks the due date, today's date as number and A2's payment terms", () => {
    expect(checkForm(form({ dueDate: "2026-01-01" }), "2026-03-02").map((f) => f.rule)).toEqual(["FORM-DUE-DATE"]);
    expect(checkForm(form({ number: "20260302" }), "2026-03-02").map((f) => f.rule)).toEqual(["DEP-NUMBER-IS-DATE"]);
    expect(checkForm(form({ framework: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", paymentTerms: "" }), "2026-03-02").map((f) => [f.rule, f.severity])).toEqual([["FORM-PAID", "warning"]]);
  });

  it("validates IBANs with the mod 97 key", () => {
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 189")).toBe(true);
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 188")).toBe(false);
  });
});
