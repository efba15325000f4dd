import { runEngineJob } from "../../shared/engine-pool.js";
import { depositFindingInEnglish } from "./domain/deposit-findings.js";

// The findings kept with an invoice (its deposit's warnings) are stored as they were said, in French. For an English
// reader their English is worked out again from the rule's templates: the portal's own rules from their details, the
// engine's from the French message (messageIn, loaded on the first English read, on the engine pool when there is
// one: the rules' templates are large). A message no template gives back exactly stays French, marked so.

interface StoredFinding {
  rule: string;
  message: string;
  details?: Record<string, unknown> | undefined;
}

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const ENGINE_FINDINGS_IN_ENGLISH_JOB = "invoices.engineFindingsInEnglish";

/** The job, as the worker runs it: the English of engine findings given by rule and French message (undefined: none). */
export async function engineFindingsInEnglishJob(findings: readonly { rule: string; message: string }[]): Promise<(string | undefined)[]> {
  const { messageIn } = await import("../../einvoice/rules/finding-locale.js");
  return findings.map((f) => messageIn(f, "fr", "en"));
}

/** Stored findings in the reader's language: unchanged in French; in English where their rule has it, each with `lang`. */
export async function storedFindingsIn<T extends StoredFinding>(findings: readonly T[], locale: "fr" | "en"): Promise<(T & { lang?: "fr" | "en" })[]> {
  if (locale !== "en" || findings.length === 0) return [...findings];
  const portal = findings.map((f) => depositFindingInEnglish(f));
  // The engine's templates (about 20 MB once loaded) are read on the engine pool when the server has one.
  const engine = findings.filter((_, i) => portal[i] === undefined).map((f) => ({ rule: f.rule, message: f.message }));
  const fromEngine = engine.length === 0 ? [] : await runEngineJob(ENGINE_FINDINGS_IN_ENGLISH_JOB, [engine], () => engineFindingsInEnglishJob(engine));
  let next = 0;
  return findings.map((f, i) => {
    const en = portal[i] ?? fromEngine[next++];
    return en === undefined ? { ...f, lang: "fr" as const } : { ...f, message: en, lang: "en" as const };
  });
}
