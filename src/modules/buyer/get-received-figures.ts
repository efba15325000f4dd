import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { findServices, findStructure } from "../directory/index.js";
import { type Actor, computePaymentClock, findPaymentSettings, INVOICE_STATUSES, isInvoiceStatus, RECIPIENT_STATUSES } from "../invoices/index.js";
import { REJECTION_REASONS } from "./domain/processing-rules.js";
import { computeReceivedFigures, type Count } from "./domain/received-figures.js";
import { findFiguresEvents, findFiguresInvoices, type FiguresEventRow } from "./figures.repository.js";
import type { FiguresQuery, ReceivedFiguresView } from "./figures.schemas.js";
import { receivedScopes } from "./received-scope.js";

const BUCKET_LABELS: Record<string, string> = { "0-2": "2 jours ou moins", "3-7": "3 à 7 jours", "8-15": "8 à 15 jours", "16-30": "16 à 30 jours", "31+": "Plus de 30 jours" };
const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();
const euros = (cents: number): string => `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, "0")}`;
const labelled = (counts: Count<string>[], label: (key: string) => string) => counts.map((c) => ({ key: c.key, label: label(c.key), count: c.count }));

/**
 * The figures of the received invoices of one structure (or one of its services) over a deposit period. Access first:
 * agents see the services they are attached to, managers the whole structure; anything else is refused (403).
 */
export async function getReceivedFigures(deps: Deps, actor: Actor, query: FiguresQuery): Promise<ReceivedFiguresView> {
  const db = deps.database.db;
  const scopes = await receivedScopes(db, actor);
  const scope = query.siret ? scopes.find((s) => s.siret === query.siret) : scopes[0];
  if (!scope) throw appError("FORBIDDEN", { field: "siret", rule: "NOT_RECIPIENT" });
  if (query.serviceCode && !scope.scope.all && !scope.scope.codes.includes(query.serviceCode)) throw appError("FORBIDDEN", { field: "serviceCode", rule: "SERVICE_NOT_COVERED" });
  const filter = {
    siret: scope.siret,
    serviceCodes: query.serviceCode ? [query.serviceCode] : scope.scope.all ? null : scope.scope.codes,
    from: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    to: query.to ? nextDay(query.to) : undefined,
    visibleStatuses: RECIPIENT_STATUSES,
  };
  const [invoices, events, structure, settings] = await Promise.all([findFiguresInvoices(db, filter), findFiguresEvents(db, filter), findStructure(db, scope.siret), findPaymentSettings(db, scope.siret)]);
  const history = new Map<string, FiguresEventRow[]>();
  for (const e of events) {
    const own = history.get(e.invoice_id);
    if (own) own.push(e);
    else history.set(e.invoice_id, [e]);
  }
  const now = deps.clock.now();
  const { delayDays, fromServiceFait } = settings;
  const figures = computeReceivedFigures(
    invoices.map((i) => {
      const own = (history.get(i.id) ?? []).map((e) => ({ at: e.at, action: e.action, to: e.to_status, actorRole: e.actor_role, motif: e.motif, details: JSON.parse(e.details) as Record<string, unknown> }));
      const depositedAt = i.deposited_at ?? now.toISOString();
      const clock = computePaymentClock({ depositedAt, events: own, delayDays, fromServiceFait, amountDue: i.amount_due ?? i.total_with_vat, ecbRate: deps.config.latePayment.ecbRate, marginPoints: deps.config.latePayment.marginPoints, now });
      return { status: i.status, serviceCode: i.service_code, depositedAt, events: own, clock };
    }),
  );
  const services = await listScopeServices(deps, scopes);
  return {
    siret: scope.siret,
    structureName: structure?.name ?? null,
    serviceCode: query.serviceCode ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    scopes: services,
    total: figures.total,
    byStatus: labelled(figures.byStatus, (k) => (isInvoiceStatus(k) ? INVOICE_STATUSES[k].fr : k)),
    byService: labelled(figures.byService, (k) => k || "Sans code service"),
    processing: { ...figures.processing, buckets: labelled(figures.processing.buckets, (k) => BUCKET_LABELS[k] ?? k) },
    payment: {
      paid: figures.payment.paid,
      paidOnTime: figures.payment.paidOnTime,
      paidLate: figures.payment.paidLate,
      open: figures.payment.open,
      openLate: figures.payment.openLate,
      medianDaysToPay: figures.payment.medianDaysToPay,
      interest: euros(figures.payment.interestCents),
      indemnities: euros(figures.payment.indemnityCents),
    },
    suspensionReasons: labelled(figures.suspensionReasons, (k) => k),
    rejectionReasons: labelled(figures.rejectionReasons, (k) => REJECTION_REASONS[k as keyof typeof REJECTION_REASONS] ?? k),
  };
}

/** The structures and services the caller may see the figures of (every directory service for a manager). */
async function listScopeServices(deps: Deps, scopes: Awaited<ReturnType<typeof receivedScopes>>): Promise<ReceivedFiguresView["scopes"]> {
  const db = deps.database.db;
  return Promise.all(
    scopes.map(async (s) => ({
      siret: s.siret,
      name: (await findStructure(db, s.siret))?.name ?? null,
      serviceCodes: s.scope.all ? (await findServices(db, s.siret)).map((svc) => svc.code) : [...s.scope.codes],
    })),
  );
}
