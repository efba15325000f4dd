import { depositFindingInEnglish } from "./domain/deposit-findings.js";

// The findings kept with an invoice (its deposit's warnings) are stored as they were said, in French. For an English
// reader their English is worked out again from the rule's templates: the portal's own rules from their details, the
// engine's from the French message (messageIn, loaded on the first English read: the rules' templates are large). A
// message no template gives back exactly stays French, marked so.

interface StoredFinding {
  rule: string;
  message: string;
  details?: Record<string, unknown> | undefined;
}

/** Stored findings in the reader's language: unchanged in French; in English where their rule has it, each with `lang`. */
export async function storedFindingsIn<T extends StoredFinding>(findings: readonly T[], locale: "fr" | "en"): Promise<(T & { lang?: "fr" | "en" })[]> {
  if (locale !== "en" || findings.length === 0) return [...findings];
  const { messageIn } = await import("../../einvoice/rules/finding-locale.js");
  const englishOf = (f: StoredFinding): string | undefined => depositFindingInEnglish(f) ?? messageIn(f, "fr", "en");
  return findings.map((f) => {
    const en = englishOf(f);
    return en === undefined ? { ...f, lang: "fr" as const } : { ...f, message: en, lang: "en" as const };
  });
}
