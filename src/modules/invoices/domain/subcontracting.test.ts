import { describe, expect, it } from "vitest";
import { automaticFollowUp, transition } from "./invoice-lifecycle.js";
import { ALL_STATUSES, INVOICE_STATUSES } from "./invoice-statuses.js";
import { checkValidator, needsValidation, recipientSeesChange, VALIDATION_DELAY_DAYS, validationDueAt } from "./subcontracting.js";

const contractor = { siret: "12345678200077", name: "TITULAIRE", active: true, serviceCodeRequired: false, engagementRequired: false, serviceOrEngagementRequired: false };
const base = { framework: "A9_FACTURE_SOUSTRAITANT" as const, validatorSiret: contractor.siret, validator: contractor, supplierSiret: "44444444400012", recipientSiret: "21060088800015" };
const rules = (facts: Parameters<typeof checkValidator>[0]) => checkValidator(facts).map((f) => f.rule);

describe("subcontractor circuit (A9)", () => {
  it("asks the main contractor to validate A9 invoices only", () => {
    expect(needsValidation("A9_FACTURE_SOUSTRAITANT")).toBe(true);
    for (const fw of ["A1_FACTURE_FOURNISSEUR", "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", "A12_FACTURE_COTRAITANT", undefined, "INCONNU"]) expect(needsValidation(fw)).toBe(false);
  });

  it("routes from DEPOSEE by the table: to the main contractor for A9, to the recipient otherwise, and on after validation", () => {
    expect(transition("DEPOSEE", automaticFollowUp("DEPOSEE", true) ?? "", "SYSTEME")).toBe("A_VALIDER_1");
    expect(transition("DEPOSEE", automaticFollowUp("DEPOSEE", false) ?? "", "SYSTEME")).toBe("MISE_A_DISPOSITION");
    expect(transition("VALIDEE_1", automaticFollowUp("VALIDEE_1", true) ?? "", "SYSTEME")).toBe("MISE_A_DISPOSITION");
    expect(transition("ABSENCE_VALIDATION_1_HORS_DELAI", automaticFollowUp("ABSENCE_VALIDATION_1_HORS_DELAI", true) ?? "", "SYSTEME")).toBe("MISE_A_DISPOSITION");
    expect(automaticFollowUp("A_VALIDER_1", true)).toBeUndefined();
  });

  it("gives the main contractor 15 days", () => {
    expect(VALIDATION_DELAY_DAYS).toBe(15);
    expect(validationDueAt(new Date("2026-03-02T09:00:00Z")).toISOString()).toBe("2026-03-17T09:00:00.000Z");
  });

  it("checks the main contractor named", () => {
    expect(rules(base)).toEqual([]);
    expect(rules({ ...base, validatorSiret: undefined })).toEqual(["DEP-VALIDATOR-REQUIRED"]);
    expect(rules({ ...base, validatorSiret: " " })).toEqual(["DEP-VALIDATOR-REQUIRED"]);
    expect(rules({ ...base, validator: undefined })).toEqual(["DEP-VALIDATOR-UNKNOWN"]);
    expect(rules({ ...base, validator: { ...contractor, active: false } })).toEqual(["DEP-VALIDATOR-INACTIVE"]);
    expect(rules({ ...base, supplierSiret: contractor.siret })).toEqual(["DEP-VALIDATOR-IS-SUPPLIER"]);
    expect(rules({ ...base, recipientSiret: contractor.siret })).toEqual(["DEP-VALIDATOR-IS-RECIPIENT"]);
    expect(rules({ ...base, framework: "A1_FACTURE_FOURNISSEUR", validatorSiret: undefined })).toEqual([]);
  });

  it("hides from the recipient only what has not reached it", () => {
    expect(ALL_STATUSES.filter((s) => !INVOICE_STATUSES[s].visibleToRecipient)).toEqual(["BROUILLON", "A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", "ABSENCE_VALIDATION_1_HORS_DELAI"]);
  });
});

describe("what the recipient is told of", () => {
  it("nothing of a draft nor of an A9 invoice before routing; the rest of its life, like any invoice", () => {
    expect(recipientSeesChange("A1_FACTURE_FOURNISSEUR", "BROUILLON")).toBe(false);
    expect(recipientSeesChange("A1_FACTURE_FOURNISSEUR", "DEPOSEE")).toBe(true);
    expect(recipientSeesChange("A9_FACTURE_SOUSTRAITANT", "DEPOSEE")).toBe(false);
    expect(recipientSeesChange("A9_FACTURE_SOUSTRAITANT", "A_VALIDER_1")).toBe(false);
    expect(recipientSeesChange("A9_FACTURE_SOUSTRAITANT", "MISE_A_DISPOSITION")).toBe(true);
    expect(recipientSeesChange("A9_FACTURE_SOUSTRAITANT", "MANDATEE")).toBe(true);
  });
});
