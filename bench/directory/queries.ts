import { searchWordsOf } from "../../src/modules/directory/domain/search-query.js";

/** A search query and what kind it is (for per-kind figures). */
export interface BenchQuery {
  q: string;
  kind: "siret" | "name";
}

/**
 * Mixed queries as users type them: a third SIRET/SIREN prefixes of 3 to 14 digits (some with spaces), two thirds
 * one or two words of a real name, the last one often cut short (typing in progress). Deterministic.
 */
export function benchQueries(sirets: readonly string[], names: readonly string[], count: number, seed = 42): BenchQuery[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    if (random() < 1 / 3) {
      const siret = pick(sirets);
      const prefix = siret.slice(0, 3 + Math.floor(random() * 12));
      queries.push({ q: random() < 0.2 && prefix.length >= 9 ? `${prefix.slice(0, 3)} ${prefix.slice(3, 6)} ${prefix.slice(6)}` : prefix, kind: "siret" });
      continue;
    }
    const words = searchWordsOf(pick(names)).filter((w) => w.length >= 3);
    if (words.length === 0) continue;
    const first = pick(words);
    const chosen = random() < 0.5 || words.length < 2 ? [first] : [first, pick(words.filter((w) => w !== first).concat(first))];
    const last = chosen[chosen.length - 1] as string;
    if (random() < 0.5 && last.length > 3) chosen[chosen.length - 1] = last.slice(0, 3 + Math.floor(random() * (last.length - 3)));
    queries.push({ q: chosen.join(" "), kind: "name" });
  }
  return queries;
}
