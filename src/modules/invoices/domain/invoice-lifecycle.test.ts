import { describe, expect, it } from "vitest";
import { ALL_ACTIONS, allowedTransitions, findTransition, InvalidTransitionError, LIFECYCLE_ROLES, TRANSITIONS, transition } from "./invoice-lifecycle.js";
import { ALL_STATUSES, CDAR_CODES, INVOICE_STATUSES } from "./invoice-statuses.js";
import { checkSealedFields, editableFields, SealedFieldsError } from "./sealed-fields.js";

// One case per (status, action, role) triple, generated from the table: allowed ones move to the table's target,
// every other one throws. This is the "test for every pair" of the house habits.
const triples = ALL_STATUSES.flatMap((status) => ALL_ACTIONS.flatMap((action) => LIFECYCLE_ROLES.map((role) => [status, action, role] as const)));
const allowed = triples.filter(([s, a, r]) => findTransition(s, a, r));
const refused = triples.filter(([s, a, r]) => !findTransition(s, a, r));

function fullInput() {
  return { motif: "Pièce justificative manquante", attachments: ["bon-de-livraison.pdf"], routing: { recipientSiret: "x" } };
}

describe("invoice lifecycle table", () => {
  it.each(allowed)("%s --%s (%s)--> its target", (status, action, role) => {
    const rule = TRANSITIONS.find((t) => t.action === action && (t.from as readonly string[]).includes(status));
    expect(transition(status, action, role, fullInput())).toBe(rule?.to);
  });

  it.each(refused)("%s --%s (%s) is refused", (status, action, role) => {
    expect(() => transition(status, action, role, fullInput())).toThrow(InvalidTransitionError);
  });

  it("refuses an action whose required field is missing, and names it", () => {
    const error = (() => {
      try {
        transition("MISE_A_DISPOSITION", "REJETER", "DESTINATAIRE", { motif: "  " });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect((error as InvalidTransitionError).missing).toEqual(["motif"]);
  });

  it("gives every status a French label and at most one CDAR code of the reform", () => {
    for (const status of ALL_STATUSES) {
      const info = INVOICE_STATUSES[status];
      expect(info.fr.length).toBeGreaterThan(3);
      if (info.cdar !== null) expect(CDAR_CODES[info.cdar]).toBeDefined();
    }
  });

  it("reaches every status from BROUILLON, and terminal statuses have no way out", () => {
    const reached = new Set<string>(["BROUILLON"]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of TRANSITIONS) {
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...ALL_STATUSES].sort());
    for (const status of ALL_STATUSES.filter((s) => INVOICE_STATUSES[s].terminal)) {
      for (const role of LIFECYCLE_ROLES) expect(allowedTransitions(status, role)).toEqual([]);
    }
  });

  it("lets the supplier only send a draft, complete a suspension, recycle, and declare payment received", () => {
    const supplierActions = ALL_STATUSES.flatMap((s) => allowedTransitions(s, "FOURNISSEUR").map((t) => `${s}:${t.action}`));
    expect(supplierActions.sort()).toEqual(["A_RECYCLER:RECYCLER", "BROUILLON:DEPOSER", "MISE_EN_PAIEMENT:CONSTATER_ENCAISSEMENT", "SUSPENDUE:COMPLETER"]);
  });

  it("offers the recipient the official targets from MISE_A_DISPOSITION (recupererEtatsPossiblesPourTraitement)", () => {
    const targets = new Set(allowedTransitions("MISE_A_DISPOSITION", "DESTINATAIRE").map((t) => t.to));
    for (const s of ["SUSPENDUE", "REJETEE", "MANDATEE", "MISE_EN_PAIEMENT", "COMPTABILISEE", "MISE_A_DISPOSITION_COMPTABLE", "A_RECYCLER"] as const) {
      expect(targets.has(s)).toBe(true);
    }
  });
});

describe("sealed fields", () => {
  it("leaves a draft fully editable", () => {
    expect(() => checkSealedFields("BROUILLON", ["totals", "number", "lines"])).not.toThrow();
  });

  it("seals the amounts once deposited", () => {
    for (const status of ALL_STATUSES.filter((s) => s !== "BROUILLON")) {
      expect(() => checkSealedFields(status, ["totals"])).toThrow(SealedFieldsError);
    }
  });

  it("opens only the routing when recycling and only attachments when completing", () => {
    expect(editableFields("A_RECYCLER")).toEqual(["recipientSiret", "serviceCode", "engagementNumber", "comment"]);
    expect(() => checkSealedFields("A_RECYCLER", ["number"])).toThrow(SealedFieldsError);
    expect(() => checkSealedFields("SUSPENDUE", ["attachments", "comment"])).not.toThrow();
    expect(() => checkSealedFields("SUSPENDUE", ["serviceCode"])).toThrow(SealedFieldsError);
  });
});
