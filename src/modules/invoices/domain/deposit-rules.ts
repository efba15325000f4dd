import type { RecipientInfo, ServiceInfo } from "../ports.js";
import { type DepositFinding, finding } from "./deposit-findings.js";

// The pure deposit checks (chorus-pro.md §3.3, §3.5). The use case gathers the facts; these decide.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 120 * 1024 * 1024;
export const MAX_ATTACHMENT_NAME = 50;
export const MAX_NUMBER_LENGTH = 20;

/** Attachment extensions Chorus Pro accepts (§3.3). */
export const ALLOWED_EXTENSIONS: ReadonlySet<string> = new Set(
  "bmp gif fax odt ppt tiff xls bz2 gz jpeg p7s rtf txt xml csv gzip jpg pdf svg xhtml xlsx doc htm odp png tgz xlc zip docx html ods pps tif xlm pptx".split(" "),
);

/** Today's date written the ways a number could copy it (20260302, 02032026, 2026-03-02, 02/03/2026...). */
function todayForms(today: string): Set<string> {
  const [y, m, d] = today.split("-") as [string, string, string];
  return new Set([`${y}${m}${d}`, `${d}${m}${y}`, `${y}-${m}-${d}`, `${d}-${m}-${y}`, `${d}/${m}/${y}`, `${y}/${m}/${d}`, `${d}.${m}.${y}`]);
}

/** Number rules: present, at most 20 characters (BR-FR-CPRO-02), not today's date. */
export function checkNumber(number: string | undefined, today: string): DepositFinding[] {
  const n = (number ?? "").trim();
  if (!n) return [finding("DEP-NUMBER-REQUIRED")];
  const out: DepositFinding[] = [];
  if (n.length > MAX_NUMBER_LENGTH) out.push(finding("DEP-NUMBER-TOO-LONG", { length: n.length }));
  if (todayForms(today).has(n)) out.push(finding("DEP-NUMBER-IS-DATE"));
  return out;
}

/** The key numbers are compared by for duplicates: case and spaces do not make a new number. */
export function numberKey(number: string): string {
  return number.trim().toUpperCase().replace(/\s+/g, "");
}

export interface AttachmentMeta {
  name: string;
  size: number;
}

/** Attachment rules: none empty, each ≤ 10 MB, all with the invoice ≤ 120 MB, names ≤ 50 with an allowed extension. */
export function checkAttachments(attachments: readonly AttachmentMeta[], originalSize: number): DepositFinding[] {
  const out: DepositFinding[] = [];
  let total = originalSize;
  for (const a of attachments) {
    total += a.size;
    if (a.size === 0) out.push(finding("DEP-ATTACHMENT-EMPTY", { name: a.name }));
    if (a.size > MAX_ATTACHMENT_BYTES) out.push(finding("DEP-ATTACHMENT-TOO-LARGE", { name: a.name }));
    if (a.name.length > MAX_ATTACHMENT_NAME) out.push(finding("DEP-ATTACHMENT-NAME-TOO-LONG", { name: a.name }));
    const ext = /\.([A-Za-z0-9]+)$/.exec(a.name)?.[1]?.toLowerCase();
    if (!ext || !ALLOWED_EXTENSIONS.has(ext)) out.push(finding("DEP-ATTACHMENT-EXTENSION", { name: a.name }));
  }
  if (total > MAX_TOTAL_BYTES) out.push(finding("DEP-ATTACHMENTS-TOO-LARGE"));
  return out;
}

export interface RoutingFacts {
  recipientSiret: string | undefined;
  recipient: RecipientInfo | undefined;
  serviceCode: string | undefined;
  service: ServiceInfo | undefined;
  engagementNumber: string | undefined;
}

/** Routing rules: recipient known and active; code service and engagement as its flags require (§3.5, §4). */
export function checkRouting(r: RoutingFacts): DepositFinding[] {
  if (!r.recipientSiret) return [finding("DEP-RECIPIENT-REQUIRED")];
  if (!r.recipient) return [finding("DEP-RECIPIENT-UNKNOWN", { siret: r.recipientSiret })];
  if (!r.recipient.active) return [finding("DEP-RECIPIENT-INACTIVE", { siret: r.recipientSiret })];
  const out: DepositFinding[] = [];
  const hasService = Boolean(r.serviceCode);
  const hasEngagement = Boolean(r.engagementNumber);
  if (r.recipient.serviceCodeRequired && !hasService) out.push(finding("DEP-SERVICE-REQUIRED"));
  if (hasService && !r.service) out.push(finding("DEP-SERVICE-UNKNOWN", { code: r.serviceCode ?? "" }));
  if (hasService && r.service && !r.service.active) out.push(finding("DEP-SERVICE-INACTIVE", { code: r.serviceCode ?? "" }));
  const engagementRequired = r.recipient.engagementRequired || (r.service?.engagementRequired ?? false);
  if (engagementRequired && !hasEngagement) out.push(finding("DEP-ENGAGEMENT-REQUIRED"));
  if (r.recipient.serviceOrEngagementRequired && !hasService && !hasEngagement) out.push(finding("DEP-SERVICE-OR-ENGAGEMENT-REQUIRED"));
  if ((r.engagementNumber ?? "").length > 50) out.push(finding("DEP-ENGAGEMENT-TOO-LONG"));
  return out;
}

/** What the user typed, to compare with the file (number, date, totals, SIRETs). */
export interface TypedFacts {
  number?: string | undefined;
  issueDate?: string | undefined;
  totalWithVat?: string | undefined;
  totalWithoutVat?: string | undefined;
  supplierSiret?: string | undefined;
  recipientSiret?: string | undefined;
}

function sameAmount(a: string, b: string): boolean {
  const norm = (x: string) => {
    const [i = "0", f = ""] = x.trim().replace(",", ".").replace(/^\+/, "").split(".");
    return `${i.replace(/^(-?)0+(?=\d)/, "$1")}.${f.padEnd(2, "0").replace(/0+$/, "")}`;
  };
  return norm(a) === norm(b);
}

/** The typed fields that disagree with the file, as one finding listing them (empty when all agree). */
export function checkTypedAgainstFile(typed: TypedFacts, file: TypedFacts): DepositFinding[] {
  const differ: Array<{ field: string; typed: string; file: string }> = [];
  for (const key of ["number", "issueDate", "supplierSiret", "recipientSiret"] as const) {
    const t = typed[key]?.trim();
    const f = file[key]?.trim();
    if (t && f && t !== f) differ.push({ field: key, typed: t, file: f });
  }
  for (const key of ["totalWithVat", "totalWithoutVat"] as const) {
    const t = typed[key];
    const f = file[key];
    if (t && f && !sameAmount(t, f)) differ.push({ field: key, typed: t, file: f });
  }
  if (differ.length === 0) return [];
  const f = finding("DEP-TYPED-MISMATCH", { fields: differ.map((d) => d.field).join(", ") });
  return [{ ...f, details: { differences: differ } }];
}
