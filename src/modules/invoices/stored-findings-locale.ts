import { messageIn } from "../../einvoice/index.js";
import { DEPOSIT_RULES } from "./domain/deposit-findings.js";

// The findings kept with an invoice (its deposit's warnings) are stored as they were said, in French. For an English
// reader their English is worked out again from the rule's templates: the portal's own rules from their details, the
// engine's from the French message (messageIn). A message no template gives back exactly stays French, marked so.

const ENGINE_SETS = ["en16931", "facturx", "br-fr", "cpro"] as const;

interface StoredFinding {
  rule: string;
  message: string;
  details?: Record<string, unknown> | undefined;
}

function englishOf(f: StoredFinding): string | undefined {
  const own = (DEPOSIT_RULES as Record<string, { fr: string; en: string }>)[f.rule];
  if (own) {
    const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(f.details?.[k] ?? ""));
    return fill(own.fr) === f.message ? fill(own.en) : undefined;
  }
  for (const set of ENGINE_SETS) {
    const en = messageIn({ rule: f.rule, set, message: f.message }, "fr", "en");
    if (en !== undefined) return en;
  }
  return undefined;
}

/** Stored findings in the reader's language: unchanged in French; in English where their rule has it, each with `lang`. */
export function storedFindingsIn<T extends StoredFinding>(findings: readonly T[], locale: "fr" | "en"): (T & { lang?: "fr" | "en" })[] {
  if (locale !== "en") return [...findings];
  return findings.map((f) => {
    const en = englishOf(f);
    return en === undefined ? { ...f, lang: "fr" as const } : { ...f, message: en, lang: "en" as const };
  });
}
