import { foldForSearch } from "../../../shared/text.js";

/** Shortest query the search accepts (digits or letters, spaces not counted). */
export const MIN_QUERY_LENGTH = 3;

/** Words shorter than this are not in the word index ("de", "la"); they still filter results. */
export const INDEXED_WORD_MIN_LENGTH = 3;

/** What a search query asks for: an identifier prefix (SIRET or SIREN) or words that begin words of the name. */
export type SearchQuery = { kind: "identifier"; prefix: string } | { kind: "name"; words: string[] };

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };

/** The distinct searchable words of a text: folded (no accents, lower case), split on anything but a-z and 0-9. */
export function searchWordsOf(text: string): string[] {
  return searchWordsOfFolded(foldForSearch(text));
}

/** The same, for a text already folded with foldForSearch (saves folding twice on bulk writes). */
export function searchWordsOfFolded(folded: string): string[] {
  const words = folded.replace(/[œæß]/g, (c) => LIGATURES[c] ?? c).split(/[^a-z0-9]+/);
  return [...new Set(words.filter((w) => w.length > 0))];
}

/** The words as stored for LIKE filters: each preceded by a space, so "% mot%" matches a word beginning "mot". */
export function searchWordsColumn(words: readonly string[]): string {
  return words.length > 0 ? ` ${words.join(" ")}` : "";
}

/** Reads a user's query; undefined when it is too short to search (fewer than 3 digits, or no word of 3 letters). */
export function parseSearchQuery(q: string): SearchQuery | undefined {
  const compact = q.replace(/\s+/g, "");
  if (/^\d+$/.test(compact)) return compact.length >= MIN_QUERY_LENGTH ? { kind: "identifier", prefix: compact } : undefined;
  const words = searchWordsOf(q);
  // One word at least must be long enough to be looked up in the word index ("de la" alone finds everything).
  if (!words.some((w) => w.length >= INDEXED_WORD_MIN_LENGTH)) return undefined;
  return { kind: "name", words };
}

/**
 * The smallest string greater than every string that starts with `prefix`, for a range scan `>= prefix AND < bound`
 * on a byte-ordered index (the word index): the last character moved up by one.
 */
export function wordUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * The same for a digit prefix, staying within digits ("129" → "13") so that the bound compares the same way under
 * any collation; undefined when no digit string is greater ("999").
 */
export function digitsUpperBound(prefix: string): string | undefined {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const digit = prefix.charCodeAt(i) - 48;
    if (digit < 9) return prefix.slice(0, i) + String(digit + 1);
  }
  return undefined;
}

/** Ranking tier of a structure, best first: 0 active public, 1 active private, 2 inactive public, 3 inactive private. */
export function rankTier(active: boolean, kind: "PUBLIQUE" | "PRIVEE"): number {
  return (active ? 0 : 2) + (kind === "PUBLIQUE" ? 0 : 1);
}
