import { elementKey } from "./namespaces.js";
import { ownString } from "./own-string.js";

// One key string per (namespace, local name), shared by every element and document: no string built per element.
// Bounded, so that files full of invented names cannot grow it without limit (past it, keys are built as before).
const KEY_CACHE_LIMIT = 20_000;
// Nor can very long names or URIs stay in memory through it: those are keyed afresh each time.
const MAX_CACHED_LENGTH = 512;
const keyCache = new Map<string, Map<string, string>>();
let keyCacheSize = 0;

// The last key found for each qualified name as written (`ram:ID`): one lookup for most elements, checked against the
// namespace in force (a prefix may be bound to another namespace elsewhere).
const byName = new Map<string, { uri: string; local: string; key: string }>();

/** The canonical key of an element written `name`, in namespace `uri`, with local name `local` (interned). */
export function keyOf(name: string, uri: string, local: string): string {
  const last = byName.get(name);
  if (last !== undefined && last.uri === uri && last.local === local) return last.key;
  if (name.length > MAX_CACHED_LENGTH || uri.length > MAX_CACHED_LENGTH) return elementKey(uri, local);
  const key = internedKey(uri, local);
  if (byName.size < KEY_CACHE_LIMIT) byName.set(ownString(name), { uri: ownString(uri), local: ownString(local), key });
  return key;
}

function internedKey(uri: string, local: string): string {
  let byLocal = keyCache.get(uri);
  const known = byLocal?.get(local);
  if (known !== undefined) return known;
  if (keyCacheSize >= KEY_CACHE_LIMIT) return elementKey(uri, local);
  const key = ownString(elementKey(uri, local));
  if (!byLocal) {
    byLocal = new Map();
    keyCache.set(ownString(uri), byLocal);
  }
  byLocal.set(ownString(local), key);
  keyCacheSize++;
  return key;
}
