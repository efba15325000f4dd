import { ownString } from "./own-string.js";

// Names as written in documents (`ram:ID`, `currencyID`), interned across documents for the fast XML path: a name is
// found by a hash computed while its characters are checked, so the common name costs no new string and no Map
// hashing, and its prefix, local part and last key are worked out once.

/** An interned qualified name and what the parser derives from it. */
export interface InternedName {
  readonly name: string;
  /** The part before the colon, "" when there is none. */
  readonly prefix: string;
  readonly local: string;
  /** The name's hash (hashStep over its characters). */
  readonly hash: number;
  /** The namespace this name was last found in, and the element key it gave (most names keep one namespace). */
  uri: string | undefined;
  key: string;
  next: InternedName | undefined;
}

const BUCKETS = 4096;
// Bounded, so that files full of invented names cannot grow it without limit (past it, names are sliced each time).
const LIMIT = 20_000;
const table: Array<InternedName | undefined> = new Array(BUCKETS).fill(undefined);
const MAX_CHAIN = 8;
// Only names of a sane length are kept: 20,000 megabyte-long names would otherwise stay in memory.
const MAX_NAME_LENGTH = 128;
let size = 0;
// Whether the document being read holds a name with the hash and length of a known, other name (see internName).
let collided = false;

/** Starts reading a new document (names read are looked up in place again, see internName). */
export function startDocument(): void {
  collided = false;
}

/** Adds a character code to a running name hash. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** The interned name written at text[start, end), whose hash is `hash` and colon (if any) at `colon`. */
export function internName(text: string, start: number, end: number, hash: number, colon: number): InternedName {
  const slot = hash & (BUCKETS - 1);
  if (!collided) {
    // The known name found where it is written: indexOf checks it in place (memchr, then one comparison) for less than
    // a slice compared. Another name with the same hash and length would make indexOf search on through the document:
    // the first one met turns this off for the rest of the document (names made to collide, or bad luck), so that cost
    // is paid once per document at most.
    const length = end - start;
    for (let e = table[slot]; e !== undefined; e = e.next) {
      if (e.hash !== hash || e.name.length !== length) continue;
      if (text.indexOf(e.name, start) === start) return e;
      collided = true;
      break;
    }
  }
  const written = text.slice(start, end);
  let chain = 0;
  for (let e = table[slot]; e !== undefined; e = e.next, chain++) if (e.name === written) return e;
  const kept = size < LIMIT && chain < MAX_CHAIN && written.length <= MAX_NAME_LENGTH;
  const own = kept ? ownString : (s: string) => s;
  const name = own(written);
  const entry: InternedName = {
    name,
    prefix: colon === -1 ? "" : own(name.slice(0, colon - start)),
    local: colon === -1 ? name : own(name.slice(colon - start + 1)),
    hash,
    uri: undefined,
    key: "",
    next: table[slot],
  };
  // A short chain per bucket: names made to collide (the hash is no secret) cannot make a lookup slow.
  if (kept) {
    table[slot] = entry;
    size++;
  }
  return entry;
}
