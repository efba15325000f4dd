/**
 * `s` as V8's single internalized copy (the one string literals and property names use). A substring of a document can
 * be kept as a view on the whole document text: the caches that outlive a document (names, keys, namespace URIs)
 * store this copy instead, or each cached name would keep its whole document alive. Being internalized also makes
 * `===` against the literals the rules use (`"ram:ID"`) a pointer comparison instead of reading characters.
 */
export function ownString(s: string): string {
  // Property names are internalized; a prototype-less holder takes any name, `__proto__` included.
  const holder: Record<string, true> = Object.create(null);
  holder[s] = true;
  return Object.keys(holder)[0] as string;
}
