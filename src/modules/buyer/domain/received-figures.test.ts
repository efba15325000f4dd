import { describe, expect, it } from "vitest";
import { computeReceivedFigures, type FiguresInvoice } from "./received-figures.js";

const DEPOSIT = "2026-03-02T09:00:00.000Z";
const event = (at: string, to: string, actorRole = "DESTINATAIRE", motif: string | null = null, details: Record<string, unknown> = {}) => ({ at, to, actorRole, motif, details });
const clock = (state: string, late = false, interest = "0.00", indemnity = "0.00") => ({ state, late, paymentDate: state === "PAID" ? "2026-03-20" : null, interest, indemnity });

function invoice(status: string, events: FiguresInvoice["events"], c: FiguresInvoice["clock"] = clock("RUNNING"), serviceCode: string | null = "DRIT"): FiguresInvoice {
  return { status, serviceCode, depositedAt: DEPOSIT, events: [event(DEPOSIT, "MISE_A_DISPOSITION", "SYSTEME"), ...events], clock: c };
}

describe("computeReceivedFigures", () => {
  it("measures the time to the buyer's first decision, ignoring taking in hand and the supplier's answers", () => {
    const f = computeReceivedFigures([
      invoice("SUSPENDUE", [event("2026-03-03T08:00:00.000Z", "PRISE_EN_COMPTE_DESTINATAIRE"), event("2026-03-12T09:00:00.000Z", "SUSPENDUE", "DESTINATAIRE", "PV manquant")]),
      invoice("MISE_A_DISPOSITION", []),
      invoice("COMPLETEE", [event("2026-03-04T09:00:00.000Z", "SUSPENDUE", "DESTINATAIRE", "pv   manquant"), event("2026-03-05T09:00:00.000Z", "COMPLETEE", "FOURNISSEUR")]),
    ]);
    expect(f.processing).toMatchObject({ decided: 2, medianDays: 6, averageDays: 6 });
    expect(f.processing.buckets).toEqual([
      { key: "0-2", count: 1 },
      { key: "3-7", count: 0 },
      { key: "8-15", count: 1 },
      { key: "16-30", count: 0 },
      { key: "31+", count: 0 },
    ]);
    // Free-text motifs are grouped whatever their case and spacing, shown as first written.
    expect(f.suspensionReasons).toEqual([{ key: "PV manquant", count: 2 }]);
  });

  it("counts paid and open invoices on time or late, sums interest and indemnities in cents, leaves rejected ones out", () => {
    const f = computeReceivedFigures([
      invoice("MISE_EN_PAIEMENT", [], clock("PAID")),
      invoice("MISE_EN_PAIEMENT", [], clock("PAID", true, "1.25", "40.00")),
      invoice("MANDATEE", [], clock("RUNNING", true, "0.10", "40.00")),
      invoice("SUSPENDUE", [], clock("SUSPENDED")),
      invoice("REJETEE", [event("2026-03-03T09:00:00.000Z", "REJETEE", "DESTINATAIRE", "Doublon", { reason: "DOUBLON" })], clock("STOPPED"), null),
    ]);
    expect(f.payment).toEqual({ paid: 2, paidOnTime: 1, paidLate: 1, open: 2, openLate: 1, medianDaysToPay: 18, interestCents: 135, indemnityCents: 8000 });
    expect(f.rejectionReasons).toEqual([{ key: "DOUBLON", count: 1 }]);
    expect(f.byService).toEqual([{ key: "DRIT", count: 4 }, { key: "", count: 1 }]);
    expect(f.byStatus[0]).toEqual({ key: "MISE_EN_PAIEMENT", count: 2 });
  });

  it("gives no median for no data", () => {
    expect(computeReceivedFigures([])).toMatchObject({ total: 0, processing: { decided: 0, medianDays: null, averageDays: null }, payment: { medianDaysToPay: null } });
  });
});
