// Guesses invoice data from a plain PDF's text, as Chorus Pro's PDF deposit does with its keywords (chorus-pro.md
// §3.1: "SIRET client", "Engagement/EJ/commande"...). Only a pre-fill: the user checks and completes everything.

export interface PdfGuess {
  sirets: string[];
  supplierSiret?: string;
  recipientSiret?: string;
  number?: string;
  issueDate?: string;
  dueDate?: string;
  engagementNumber?: string;
  serviceCode?: string;
  totalWithoutVat?: string;
  totalVat?: string;
  totalWithVat?: string;
  documentType?: "FACTURE" | "AVOIR";
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** "1 234,56" / "1234.56" / "1.234,56" → "1234.56". */
export function normaliseAmount(text: string): string | undefined {
  let t = text.replace(/[\s\u00a0\u202f€]/g, "");
  if (/,\d{1,2}$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else t = t.replace(/,/g, "");
  return /^-?\d+(\.\d{1,2})?$/.test(t) ? (t.includes(".") ? t.replace(/\.(\d)$/, ".$10") : `${t}.00`) : undefined;
}

/** "31/01/2026" or "2026-01-31" → "2026-01-31". */
function isoDate(text: string): string | undefined {
  const fr = /^(\d{2})[/.-](\d{2})[/.-](\d{4})$/.exec(text);
  if (fr) return `${fr[3]}-${fr[2]}-${fr[1]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

const AMOUNT = "(-?\\d[\\d\\s\\u00a0\\u202f.,]*\\d(?:[.,]\\d{1,2})?)";
const DATE = "(\\d{2}[/.-]\\d{2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2})";

function after(text: string, labels: string, value: string): string | undefined {
  return new RegExp(`(?:${labels})\\s*(?:[:=]|\\(?€\\)?)?\\s*${value}`, "i").exec(text)?.[1];
}

/** Best-effort extraction of SIRETs, number, dates, references and totals from an invoice's text. */
export function guessFromPdfText(text: string): PdfGuess {
  const flat = text.replace(/[ \t]+/g, " ");
  const sirets = [...new Set([...flat.matchAll(/\b(\d{3}\s?\d{3}\s?\d{3}\s?\d{5})\b/g)].map((m) => (m[1] as string).replace(/\s/g, "")).filter(luhn))];
  const guess: PdfGuess = { sirets };
  const clientSiret = after(flat, "SIRET (?:du )?(?:client|destinataire|acheteur)", "(\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?\\d{5})");
  if (clientSiret) guess.recipientSiret = clientSiret.replace(/\s/g, "");
  const others = sirets.filter((s) => s !== guess.recipientSiret);
  if (others[0]) guess.supplierSiret = others[0];
  if (!guess.recipientSiret && others[1]) guess.recipientSiret = others[1];
  const number = after(flat, "facture\\s*(?:n°|no|num[ée]ro|#)|n°\\s*(?:de\\s*)?facture|avoir\\s*(?:n°|no)", "([A-Z0-9][A-Z0-9/_.-]{0,30})");
  if (number) guess.number = number;
  const issue = after(flat, "date\\s*(?:de\\s*(?:la\\s*)?facture|d'?[ée]mission|de\\s*facturation)?", DATE);
  if (issue) guess.issueDate = isoDate(issue) as string;
  const due = after(flat, "(?:date\\s*d'?)?[ée]ch[ée]ance|[àa] payer avant le|date limite de paiement", DATE);
  if (due) guess.dueDate = isoDate(due) as string;
  const ej = after(flat, "(?:n°\\s*)?(?:engagement(?:\\s*juridique)?|EJ|bon\\s*de\\s*commande|commande)\\s*(?:n°)?", "([A-Z0-9][A-Z0-9/_.-]{2,49})");
  if (ej) guess.engagementNumber = ej;
  const service = after(flat, "code\\s*service", "([A-Z0-9][A-Z0-9_-]{1,99})");
  if (service) guess.serviceCode = service;
  for (const [key, labels] of [
    ["totalWithoutVat", "total\\s*H\\.?T\\.?|montant\\s*H\\.?T\\.?|total\\s*hors\\s*taxes?"],
    ["totalVat", "total\\s*T\\.?V\\.?A\\.?|montant\\s*(?:de\\s*(?:la\\s*)?)?T\\.?V\\.?A\\.?"],
    ["totalWithVat", "total\\s*T\\.?T\\.?C\\.?|montant\\s*T\\.?T\\.?C\\.?|net\\s*[àa]\\s*payer|total\\s*[àa]\\s*payer"],
  ] as const) {
    const raw = after(flat, labels, AMOUNT);
    const amount = raw ? normaliseAmount(raw) : undefined;
    if (amount) guess[key] = amount;
  }
  if (/\bavoir\b/i.test(flat.slice(0, 400))) guess.documentType = "AVOIR";
  else if (/\bfacture\b/i.test(flat)) guess.documentType = "FACTURE";
  return guess;
}
