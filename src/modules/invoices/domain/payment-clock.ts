// The legal payment clock of a received invoice (délai global de paiement, Code de la commande publique
// R.2192-10 ff.): the buyer pays within the structure's delay (30 days by default) counted from receipt — the deposit,
// or the certified service when the structure counts from there and it came later; the clock stops while the
// invoice is suspended (R.2192-27) and starts again when the supplier completes it. Past the due date, late-payment
// interest runs at the ECB rate plus 8 points (R.2192-31), from the day after the due date to the payment date
// included, plus a fixed indemnity of 40 € (D.2192-35). Dates are calendar days (UTC); money in integer cents.

/** One status change of the invoice, as the history records it. */
export interface ClockEvent {
  at: string;
  action: string;
  to: string;
  details?: Record<string, unknown>;
}

export interface ClockInput {
  /** When the invoice was deposited (ISO timestamp). */
  depositedAt: string;
  events: readonly ClockEvent[];
  delayDays: number;
  /** Count from the certified service (SERVICE_FAIT) when it came after receipt. */
  fromServiceFait?: boolean;
  /** Amount due (BT-115) as a decimal string. */
  amountDue: string | null;
  /** ECB main refinancing rate, percent, as a decimal string ("2.15"). */
  ecbRate: string;
  /** Points added to the ECB rate (8 by law). */
  marginPoints?: string;
  now: Date;
}

export type ClockState = "RUNNING" | "SUSPENDED" | "PAID" | "STOPPED";

export interface PaymentClock {
  state: ClockState;
  delayDays: number;
  startDate: string;
  suspendedDays: number;
  dueDate: string;
  /** Days before the due date (negative once late), at `now` or at the payment date once paid. */
  daysLeft: number;
  late: boolean;
  daysLate: number;
  paymentDate: string | null;
  /** Annual interest rate, percent, as a decimal string. */
  interestRate: string;
  interest: string;
  indemnity: string;
}

const DAY = 86_400_000;
const FIXED_INDEMNITY_CENTS = 4000n;

const dateOf = (iso: string): string => iso.slice(0, 10);
const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
const dateOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** A decimal string ("12.5", "-3") as an integer scaled by 10^scale (truncating extra digits). */
export function toScaled(value: string, scale: number): bigint {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) throw new Error(`Nombre décimal invalide : ${value}`);
  const frac = (m[3] ?? "").padEnd(scale, "0").slice(0, scale);
  const n = BigInt(`${m[2]}${frac}`);
  return m[1] ? -n : n;
}

/** An integer scaled by 10^scale as a decimal string with exactly `scale` decimals. */
export function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Integer division rounding half away from zero (amounts are rounded to the cent as EN 16931 does). */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  return 2n * (r < 0n ? -r : r) >= d ? q + (n < 0n ? -1n : 1n) : q;
}

/** The payment clock of an invoice at `now`: start, suspensions, due date, days left, and what lateness costs. */
export function computePaymentClock(input: ClockInput): PaymentClock {
  let start = dayNumber(dateOf(input.depositedAt));
  let suspendedSince: number | null = null;
  let suspendedDays = 0;
  let paymentDay: number | null = null;
  let stopped = false;
  for (const e of input.events) {
    const day = dayNumber(dateOf(e.at));
    if (e.action === "RECYCLER") {
      // Re-addressed: a new receipt by the right recipient, the clock starts again.
      start = day;
      suspendedDays = 0;
      suspendedSince = null;
    } else if (e.to === "SUSPENDUE") {
      suspendedSince ??= day;
    } else if (suspendedSince !== null) {
      suspendedDays += day - suspendedSince;
      suspendedSince = null;
    }
    if (e.to === "SERVICE_FAIT" && input.fromServiceFait && day > start) start = day;
    if (e.to === "MISE_EN_PAIEMENT") {
      const paid = typeof e.details?.paymentDate === "string" ? e.details.paymentDate : dateOf(e.at);
      paymentDay = dayNumber(paid);
    }
    if (e.to === "REJETEE") stopped = true;
  }
  const today = dayNumber(dateOf(input.now.toISOString()));
  const openSuspension = suspendedSince !== null && paymentDay === null ? today - suspendedSince : 0;
  const due = start + input.delayDays + suspendedDays + openSuspension;
  const reference = paymentDay ?? today;
  const daysLeft = due - reference;
  const daysLate = stopped ? 0 : Math.max(0, reference - due);
  const rate = toScaled(input.ecbRate, 4) + toScaled(input.marginPoints ?? "8", 4);
  const cents = input.amountDue ? toScaled(input.amountDue, 2) : 0n;
  const interest = daysLate > 0 ? divRound(cents * rate * BigInt(daysLate), 365n * 100n * 10_000n) : 0n;
  const state: ClockState = stopped ? "STOPPED" : paymentDay !== null ? "PAID" : suspendedSince !== null ? "SUSPENDED" : "RUNNING";
  return {
    state,
    delayDays: input.delayDays,
    startDate: dateOfDay(start),
    suspendedDays: suspendedDays + openSuspension,
    dueDate: dateOfDay(due),
    daysLeft,
    late: daysLate > 0,
    daysLate,
    paymentDate: paymentDay === null ? null : dateOfDay(paymentDay),
    interestRate: fromScaled(rate, 4).replace(/\.?0+$/, ""),
    interest: fromScaled(interest, 2),
    indemnity: fromScaled(daysLate > 0 ? FIXED_INDEMNITY_CENTS : 0n, 2),
  };
}
