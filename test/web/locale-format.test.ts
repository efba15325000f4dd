// The front end's language-aware helpers (no browser): money and dates per language, the English of the form checks.
import { describe, expect, it } from "vitest";
import { checkForm, emptyLine, type InvoiceForm } from "../../src/modules/invoices/domain/invoice-form.js";
import { formatDay, formatInstant, formatMoney } from "../../web/src/lib/locale-format.js";
import { formFindingInEnglish } from "../../web/src/pages/invoices/form-findings-en.js";

describe("formatMoney", () => {
  it("writes French amounts as before: narrow-space groups, decimal comma, non-breaking space before the symbol", () => {
    expect(formatMoney("1234.5")).toBe("1\u202f234,50\u00a0€");
    expect(formatMoney("-1234567.125", "EUR", "fr")).toBe("−1\u202f234\u202f567,125\u00a0€");
    expect(formatMoney("0.1")).toBe("0,10\u00a0€");
  });

  it("writes English amounts with the symbol first, comma groups and a decimal point", () => {
    expect(formatMoney("1234.5", "EUR", "en")).toBe("€1,234.50");
    expect(formatMoney("-104.9", "EUR", "en")).toBe("−€104.90");
  });

  it("keeps every digit of the decimal string (never through a float)", () => {
    expect(formatMoney("90071992547409931.01", "EUR", "en")).toBe("€90,071,992,547,409,931.01");
  });

  it("shows a dash for nothing", () => {
    expect(formatMoney(null)).toBe("—");
    expect(formatMoney("", "EUR", "en")).toBe("—");
  });
});

describe("dates", () => {
  it("writes a calendar day the French way (02/03/2026) or the English way (2 Mar 2026), whatever the time zone", () => {
    expect(formatDay("2026-03-02")).toBe("02/03/2026");
    expect(formatDay("2026-03-02", "en")).toBe("2 Mar 2026");
    expect(formatDay("2026-03-02T23:30:00Z", "en")).toBe("2 Mar 2026");
  });

  it("writes an instant in Paris time", () => {
    expect(formatInstant("2026-03-02T09:05:00Z")).toBe("02/03/2026 10:05");
    expect(formatInstant("2026-07-02T09:05:00Z", "en")).toBe("2 Jul 2026, 11:05");
  });
});

describe("the entry form's checks in English", () => {
  it("has English for each check the form makes today, line problems included", () => {
    const bad: InvoiceForm = {
      supplierSiret: "1",
      recipientSiret: "2",
      serviceCode: "",
      engagementNumber: "",
      contractNumber: "",
      framework: "A9_FACTURE_SOUSTRAITANT",
      documentType: "FACTURE",
      number: "",
      issueDate: "2026-03-02",
      dueDate: "2026-03-01",
      currency: "EUR",
      lines: [
        { ...emptyLine(), description: "", quantity: "0", unitPrice: "x", vatRate: "120" },
        { ...emptyLine(), description: "Conseil", unitPrice: "-5" },
      ],
      paymentTerms: "",
      iban: "FR00 0000",
    };
    const creditNote: InvoiceForm = { ...bad, framework: "A1_FACTURE_FOURNISSEUR", documentType: "AVOIR", issueDate: "", number: "X".repeat(25), lines: [{ ...emptyLine(), description: "Remise", quantity: "-1", unitPrice: "10" }] };
    const findings = [...checkForm(bad, "2026-03-02"), ...checkForm({ ...bad, framework: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", number: "2026-03-02", lines: [] }, "2026-03-02"), ...checkForm(creditNote, "2026-03-02")];
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ["FORM-LINE", "FORM-PAID", "FORM-DATE", "FORM-CREDIT-NOTE", "DEP-NUMBER-TOO-LONG", "DEP-NUMBER-IS-DATE"]) expect(rules).toContain(rule);
    // A rule added later shows in French (marked lang="fr") until its English is written: only today's are required.
    const today = ["FORM-SUPPLIER", "FORM-RECIPIENT", "FORM-VALIDATOR", "FORM-DATE", "FORM-DUE-DATE", "FORM-LINES", "FORM-LINE", "FORM-IBAN", "FORM-PAID", "FORM-CREDIT-NOTE", "DEP-NUMBER-REQUIRED", "DEP-NUMBER-TOO-LONG", "DEP-NUMBER-IS-DATE"];
    const known = findings.filter((f) => today.includes(f.rule));
    expect(known.length).toBeGreaterThan(15);
    for (const f of known) expect(formFindingInEnglish(f), `${f.rule}: ${f.message}`).toMatch(/^[A-Z][^àéèç]*$/);
  });

  it("gives up (null) on a message it does not know, so the page shows the French marked as such", () => {
    expect(formFindingInEnglish({ rule: "FORM-LINE", severity: "fatal", message: "Ligne 3 : un problème nouveau." } as never)).toBeNull();
  });
});
