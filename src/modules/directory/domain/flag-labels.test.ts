import { describe, expect, it } from "vitest";
import { flagLabels } from "./flag-labels.js";
import { NO_FLAGS } from "./structure.js";

describe("flagLabels", () => {
  it("says that nothing is required when no flag is set", () => {
    expect(flagLabels(NO_FLAGS)).toEqual(["Aucun code service à renseigner"]);
  });

  it("names every flag in French, in a stable order", () => {
    const all = { ...NO_FLAGS, serviceCodeRequired: true, engagementRequired: true, paymentStatusReported: true, isMoa: true, ediSender: true, ediReceiver: true };
    expect(flagLabels(all)).toEqual([
      "Code service obligatoire",
      "Numéro d'engagement obligatoire",
      "Statut de mise en paiement remonté",
      "Maîtrise d'ouvrage",
      "Émetteur EDI",
      "Récepteur EDI",
    ]);
  });

  it("does not say « no code service » when the service or an engagement is required", () => {
    expect(flagLabels({ ...NO_FLAGS, serviceOrEngagementRequired: true, isMoa: true, isMoaOnly: true })).toEqual([
      "Code service ou engagement obligatoire",
      "Maîtrise d'ouvrage uniquement",
    ]);
  });
});
