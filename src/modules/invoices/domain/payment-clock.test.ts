import { describe, expect, it } from "vitest";
import { type ClockEvent, computePaymentClock, fromScaled, toScaled } from "./payment-clock.js";

const base = { depositedAt: "2026-03-02T09:00:00.000Z", delayDays: 30, amountDue: "1000.00", ecbRate: "2.15" };
const at = (date: string) => `${date}T10:00:00.000Z`;
const ev = (date: string, action: string, to: string, details?: Record<string, unknown>): ClockEvent => ({ at: at(date), action, to, ...(details ? { details } : {}) });
const clock = (now: string, events: ClockEvent[] = [], extra: Partial<Parameters<typeof computePaymentClock>[0]> = {}) => computePaymentClock({ ...base, events, now: new Date(at(now)), ...extra });

describe("payment clock", () => {
  it("runs 30 days from the deposit by default", () => {
    expect(clock("2026-03-02")).toMatchObject({ state: "RUNNING", startDate: "2026-03-02", dueDate: "2026-04-01", daysLeft: 30, late: false, daysLate: 0, interest: "0.00", indemnity: "0.00" });
    expect(clock("2026-04-01")).toMatchObject({ daysLeft: 0, late: false });
  });

  it("uses the structure's delay (50 days for a hospital, 60 by contract)", () => {
    expect(clock("2026-03-02", [], { delayDays: 50 }).dueDate).toBe("2026-04-21");
    expect(clock("2026-03-02", [], { delayDays: 60 }).dueDate).toBe("2026-05-01");
  });

  it("counts from the certified service when the structure says so and it came later, never earlier", () => {
    const sf = [ev("2026-03-12", "CONSTATER_SERVICE_FAIT", "SERVICE_FAIT")];
    expect(clock("2026-03-12", sf, { fromServiceFait: true })).toMatchObject({ startDate: "2026-03-12", dueDate: "2026-04-11" });
    expect(clock("2026-03-12", sf).startDate).toBe("2026-03-02");
    const early = computePaymentClock({ ...base, depositedAt: at("2026-03-20"), events: [ev("2026-03-20", "CONSTATER_SERVICE_FAIT", "SERVICE_FAIT")], fromServiceFait: true, now: new Date(at("2026-03-20")) });
    expect(early.startDate).toBe("2026-03-20");
  });

  it("stops while suspended and resumes on completion, adding the suspended days to the due date", () => {
    const suspended = [ev("2026-03-10", "SUSPENDRE", "SUSPENDUE")];
    expect(clock("2026-03-10", suspended)).toMatchObject({ state: "SUSPENDED", dueDate: "2026-04-01", daysLeft: 22, suspendedDays: 0 });
    // Still suspended 5 days later: the days left do not move.
    expect(clock("2026-03-15", suspended)).toMatchObject({ state: "SUSPENDED", suspendedDays: 5, dueDate: "2026-04-06", daysLeft: 22 });
    const completed = [...suspended, ev("2026-03-17", "COMPLETER", "COMPLETEE")];
    expect(clock("2026-03-20", completed)).toMatchObject({ state: "RUNNING", suspendedDays: 7, dueDate: "2026-04-08", daysLeft: 19 });
  });

  it("adds every suspension, and a buyer putting the invoice back also resumes the clock", () => {
    const events = [ev("2026-03-05", "SUSPENDRE", "SUSPENDUE"), ev("2026-03-08", "COMPLETER", "COMPLETEE"), ev("2026-03-09", "SUSPENDRE", "SUSPENDUE"), ev("2026-03-11", "REPRENDRE", "MISE_A_DISPOSITION")];
    expect(clock("2026-03-11", events)).toMatchObject({ suspendedDays: 5, dueDate: "2026-04-06" });
  });

  it("restarts from the re-addressing when a recycled invoice is routed again", () => {
    const events = [ev("2026-03-05", "DEMANDER_RECYCLAGE", "A_RECYCLER"), ev("2026-03-09", "RECYCLER", "DEPOSEE"), ev("2026-03-09", "METTRE_A_DISPOSITION", "MISE_A_DISPOSITION")];
    expect(clock("2026-03-09", events)).toMatchObject({ startDate: "2026-03-09", dueDate: "2026-04-08" });
  });

  it("once late, owes interest at ECB + 8 points per day late and the 40 € indemnity", () => {
    // 10 days late on 1000.00 at 10.15 %: 1000 × 0.1015 × 10 / 365 = 2.7808… → 2.78.
    expect(clock("2026-04-11")).toMatchObject({ state: "RUNNING", late: true, daysLate: 10, daysLeft: -10, interestRate: "10.15", interest: "2.78", indemnity: "40.00" });
    expect(clock("2026-04-02")).toMatchObject({ daysLate: 1, interest: "0.28", indemnity: "40.00" });
  });

  it("stops at the payment date: paid on time owes nothing, paid late owes up to the payment date included", () => {
    expect(clock("2026-06-01", [ev("2026-03-25", "METTRE_EN_PAIEMENT", "MISE_EN_PAIEMENT", { paymentDate: "2026-03-30" })])).toMatchObject({ state: "PAID", paymentDate: "2026-03-30", daysLeft: 2, late: false, interest: "0.00", indemnity: "0.00" });
    const late = clock("2026-06-01", [ev("2026-04-20", "METTRE_EN_PAIEMENT", "MISE_EN_PAIEMENT", { paymentDate: "2026-04-21" })]);
    expect(late).toMatchObject({ state: "PAID", daysLate: 20, interest: "5.56", indemnity: "40.00" });
    expect(clock("2026-06-01", [ev("2026-04-06", "METTRE_EN_PAIEMENT", "MISE_EN_PAIEMENT")]).paymentDate).toBe("2026-04-06");
  });

  it("does not run for a rejected invoice", () => {
    expect(clock("2026-06-01", [ev("2026-03-05", "REJETER", "REJETEE")])).toMatchObject({ state: "STOPPED", late: false, interest: "0.00", indemnity: "0.00" });
  });

  it("takes the ECB rate and margin from configuration, and rounds money to the cent, half away from zero", () => {
    expect(clock("2026-04-11", [], { ecbRate: "4.5", marginPoints: "8" })).toMatchObject({ interestRate: "12.5", interest: "3.42" });
    expect(clock("2026-04-11", [], { ecbRate: "0", amountDue: "0.01" }).interest).toBe("0.00");
    expect(clock("2026-05-01", [], { amountDue: null })).toMatchObject({ late: true, interest: "0.00", indemnity: "40.00" });
    // 123456789.99 over 365 days at 10.15 %: exact in integers, no float drift.
    expect(clock("2027-04-01", [], { amountDue: "123456789.99" }).interest).toBe("12530864.18");
  });

  it("reads and writes decimal strings without floats", () => {
    expect(toScaled("12.5", 2)).toBe(1250n);
    expect(toScaled("-3", 2)).toBe(-300n);
    expect(toScaled("0.129", 2)).toBe(12n);
    expect(fromScaled(5n, 2)).toBe("0.05");
    expect(fromScaled(-1250n, 2)).toBe("-12.50");
    expect(() => toScaled("1e3", 2)).toThrow();
  });
});
