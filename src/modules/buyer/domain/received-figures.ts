// The figures of a structure's received invoices ("Chiffres"): how many per status and per service, how long the
// buyer takes to act on them and to pay them, how many are paid on time, and why invoices are suspended or rejected.
// Pure: the caller gives the invoices, their history and each one's payment clock.

import { REJECTION_REASONS } from "./processing-rules.js";

/** One received invoice with what the figures need. */
export interface FiguresInvoice {
  status: string;
  serviceCode: string | null;
  depositedAt: string;
  events: ReadonlyArray<{ at: string; to: string; actorRole: string; motif: string | null; details: Record<string, unknown> }>;
  /** The invoice's payment clock (see payment-clock.ts), null when it has none. */
  clock: { state: string; late: boolean; paymentDate: string | null; interest: string; indemnity: string } | null;
}

export interface Count<K extends string> {
  key: K;
  count: number;
}

export interface ReceivedFigures {
  total: number;
  byStatus: Count<string>[];
  byService: Count<string>[];
  processing: { decided: number; medianDays: number | null; averageDays: number | null; buckets: Count<string>[] };
  payment: { paid: number; paidOnTime: number; paidLate: number; open: number; openLate: number; medianDaysToPay: number | null; interestCents: number; indemnityCents: number };
  suspensionReasons: Count<string>[];
  rejectionReasons: Count<string>[];
}

const DAY = 86_400_000;
/** Buckets of the time from deposit to the buyer's first decision, in days (upper bounds included). */
export const PROCESSING_BUCKETS = [
  { key: "0-2", max: 2 },
  { key: "3-7", max: 7 },
  { key: "8-15", max: 15 },
  { key: "16-30", max: 30 },
  { key: "31+", max: Number.POSITIVE_INFINITY },
] as const;
/** Statuses that are the buyer's decision on an invoice (taking it in hand is not one). */
const DECISIONS = new Set(["SUSPENDUE", "A_RECYCLER", "REJETEE", "SERVICE_FAIT", "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT"]);
const TOP = 10;

const days = (from: string, to: string): number => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY));
/** A decimal string of euros ("12.5") as integer cents, without going through a float. */
function cents(amount: string): number {
  const m = /^(-)?(\d+)(?:\.(\d{0,2}))?/.exec(amount.trim());
  if (!m) return 0;
  const value = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -value : value;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round((((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2) * 10) / 10;
}

function tally(keys: Iterable<string>, limit = Number.POSITIVE_INFINITY): Count<string>[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}

/** Free-text motifs grouped whatever their case and spacing; each group shown as first written (capitalised). */
function motifGroups(motifs: readonly string[]): string[] {
  const shown = new Map<string, string>();
  return motifs.map((motif) => {
    const text = motif.trim().replace(/\s+/g, " ");
    const key = text.toLocaleLowerCase("fr");
    if (!shown.has(key)) shown.set(key, text.charAt(0).toLocaleUpperCase("fr") + text.slice(1));
    return shown.get(key) ?? text;
  });
}

/** Counts and durations over the invoices given (already limited to the caller's scope and period). */
export function computeReceivedFigures(invoices: readonly FiguresInvoice[]): ReceivedFigures {
  const decisionDays: number[] = [];
  const payDays: number[] = [];
  const payment = { paid: 0, paidOnTime: 0, paidLate: 0, open: 0, openLate: 0, interestCents: 0, indemnityCents: 0 };
  const suspensions: string[] = [];
  const rejections: string[] = [];
  for (const invoice of invoices) {
    const first = invoice.events.find((e) => e.actorRole === "DESTINATAIRE" && DECISIONS.has(e.to));
    if (first) decisionDays.push(days(invoice.depositedAt, first.at));
    for (const e of invoice.events) {
      if (e.to === "SUSPENDUE" && e.motif) suspensions.push(e.motif);
      if (e.to === "REJETEE") rejections.push(typeof e.details.reason === "string" && e.details.reason in REJECTION_REASONS ? e.details.reason : "AUTRE");
    }
    const clock = invoice.clock;
    if (!clock || clock.state === "STOPPED") continue;
    if (clock.state === "PAID") {
      payment.paid++;
      if (clock.late) payment.paidLate++;
      else payment.paidOnTime++;
      if (clock.paymentDate) payDays.push(days(invoice.depositedAt.slice(0, 10), clock.paymentDate));
    } else {
      payment.open++;
      if (clock.late) payment.openLate++;
    }
    payment.interestCents += cents(clock.interest);
    payment.indemnityCents += cents(clock.indemnity);
  }
  const buckets = PROCESSING_BUCKETS.map((b, i) => ({ key: b.key as string, count: decisionDays.filter((d) => d <= b.max && (i === 0 || d > (PROCESSING_BUCKETS[i - 1]?.max ?? -1))).length }));
  const average = decisionDays.length ? Math.round((decisionDays.reduce((a, b) => a + b, 0) / decisionDays.length) * 10) / 10 : null;
  return {
    total: invoices.length,
    byStatus: tally(invoices.map((i) => i.status)),
    byService: tally(invoices.map((i) => i.serviceCode ?? "")),
    processing: { decided: decisionDays.length, medianDays: median(decisionDays), averageDays: average, buckets },
    payment: { ...payment, medianDaysToPay: median(payDays) },
    suspensionReasons: tally(motifGroups(suspensions), TOP),
    rejectionReasons: tally(rejections),
  };
}
