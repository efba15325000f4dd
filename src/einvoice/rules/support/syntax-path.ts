import type { XmlElement } from "../../xml/xml-tree.js";
import { normalizeXmlSpace } from "../../xml/xml-space.js";

// The small path language of the syntax tables (no XPath engine). A relative path is steps of keys separated by `/`:
//   ram:SellerTradeParty/ram:RoleCode        (cac:InvoiceLine|cac:CreditNoteLine)/cbc:UUID       cbc:ID/@schemeID
//   //cac:FinancialInstitution (anywhere below the root)    //@schemeName (the attribute on any element)    @languageID
// A step may carry one predicate comparing the string value of a relative path with a literal, as XPath 2.0 general
// comparisons do (true when some value matches): [cbc:DocumentTypeCode = '130'], [cbc:DocumentTypeCode != '130' or none]
// (`or none`: or nothing at that path), [upper(cac:TaxScheme/cbc:ID) = 'VAT'], [normalize(ram:TypeCode) = '130']
// (upper/normalize apply to the last step, the empty string standing for an absent node, as in XPath 2.0).
// A context pattern is `/a/b` (from the root) or `//a/b` (anywhere); a step may be a glob: `ram:*ID`, `*Amount`.

export interface Predicate {
  path: RelativePath;
  fold: "upper" | "normalize" | undefined;
  /** For a fold: the steps to the nodes it applies to, and the path from each of them to the value. */
  foldParents: readonly Step[];
  foldValue: RelativePath;
  op: "=" | "!=";
  value: string;
  orNone: boolean;
}

export interface Step {
  keys: readonly string[];
  predicate: Predicate | undefined;
}

export interface RelativePath {
  source: string;
  /** `//…`: anywhere below the context (only used from the root). */
  anywhere: boolean;
  steps: readonly Step[];
  /** The attribute at the end (`…/@schemeID`), if any. */
  attribute: string | undefined;
}

export interface PatternStep {
  /** Exact key, or undefined for a glob. */
  key: string | undefined;
  /** For a glob: the required prefix (`ram:`) or "" for any namespace, and the local name's required ending. */
  prefix: string;
  endsWith: string;
}

export interface ContextPattern {
  absolute: boolean;
  steps: readonly PatternStep[];
}

/** Splits on a separator outside brackets and parentheses. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const PREDICATE = /^(?:(upper|normalize)\((.+)\)|(.+?))\s*(!=|=)\s*'([^']*)'(\s+or\s+none)?$/;

function parsePredicate(text: string, source: string): Predicate {
  const m = PREDICATE.exec(text.trim());
  if (!m) throw new Error(`syntax table: bad predicate [${text}] in ${source}`);
  const path = parseRelativePath((m[2] ?? m[3] ?? "").trim());
  const onAttribute = path.attribute !== undefined;
  return {
    path,
    fold: m[1] === "upper" || m[1] === "normalize" ? m[1] : undefined,
    foldParents: onAttribute ? path.steps : path.steps.slice(0, -1),
    foldValue: { ...path, anywhere: false, steps: onAttribute ? [] : path.steps.slice(-1) },
    op: m[4] === "!=" ? "!=" : "=",
    value: m[5] ?? "",
    orNone: Boolean(m[6]),
  };
}

function parseStep(text: string, source: string): Step {
  const open = text.indexOf("[");
  const name = open < 0 ? text : text.slice(0, open);
  const predicate = open < 0 ? undefined : parsePredicate(text.slice(open + 1, text.lastIndexOf("]")), source);
  const keys = name.startsWith("(") ? name.slice(1, -1).split("|") : [name];
  for (const k of keys) if (!/^[a-z]+:[A-Za-z0-9]+$/.test(k)) throw new Error(`syntax table: bad step "${k}" in ${source}`);
  return { keys, predicate };
}

const cache = new Map<string, RelativePath>();

/** Compiles a relative path of the tables (memoised). */
export function parseRelativePath(source: string): RelativePath {
  const hit = cache.get(source);
  if (hit) return hit;
  const anywhere = source.startsWith("//");
  const parts = splitTop(anywhere ? source.slice(2) : source, "/");
  const last = parts[parts.length - 1] ?? "";
  const attribute = last.startsWith("@") ? last.slice(1) : undefined;
  if (attribute !== undefined) parts.pop();
  const path: RelativePath = { source, anywhere, steps: parts.filter((p) => p !== "").map((p) => parseStep(p, source)), attribute };
  cache.set(source, path);
  return path;
}

/** Compiles a context pattern of the tables. */
export function parseContextPattern(source: string): ContextPattern {
  const absolute = !source.startsWith("//");
  if (!source.startsWith("/")) throw new Error(`syntax table: context "${source}" must start with / or //`);
  const steps = source
    .slice(absolute ? 1 : 2)
    .split("/")
    .map((s): PatternStep => {
      const star = s.indexOf("*");
      if (star < 0) return { key: s, prefix: "", endsWith: "" };
      return { key: undefined, prefix: s.slice(0, star), endsWith: s.slice(star + 1) };
    });
  return { absolute, steps };
}

/** Whether a key matches a pattern step. */
export function stepMatches(step: PatternStep, key: string): boolean {
  if (step.key !== undefined) return step.key === key;
  return key.startsWith(step.prefix) && localEndsWith(key, step.endsWith);
}

/** Whether the local name of a key (`ram:TaxTotalAmount`, `{uri}x`, `x`) ends with a suffix. */
export function localEndsWith(key: string, suffix: string): boolean {
  if (!key.endsWith(suffix)) return false;
  const start = key.startsWith("{") ? key.indexOf("}") + 1 : key.indexOf(":") + 1;
  return key.length - start >= suffix.length;
}

/** The XPath string value of an element: the text of all its descendants in document order. */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let out = "";
  const visit = (e: XmlElement) => {
    out += e.text;
    for (const c of e.children) visit(c);
  };
  // Own text is stored whole (not interleaved with children): fine for the leaf values these rules compare.
  visit(element);
  return out;
}

/** XPath normalize-space (XML white space only). */
export const normalizeSpace = normalizeXmlSpace;

/** The elements a path's steps reach from an element (predicates included; not `anywhere`). */
export function selectSteps(from: XmlElement, steps: readonly Step[]): XmlElement[] {
  if (steps.length === 0) return [from];
  if (steps.length === 1 && !steps[0]!.predicate) {
    const keys = steps[0]!.keys;
    return from.children.filter((c) => keys.includes(c.key));
  }
  let current = [from];
  for (const step of steps) {
    const next: XmlElement[] = [];
    for (const e of current) for (const c of e.children) if (step.keys.includes(c.key) && (!step.predicate || predicateHolds(step.predicate, c))) next.push(c);
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/** The string values a relative path reaches (attribute values when it ends with one). */
export function valuesAt(from: XmlElement, path: RelativePath): string[] {
  const elements = selectSteps(from, path.steps);
  if (path.attribute === undefined) return elements.map(stringValue);
  const out: string[] = [];
  for (const e of elements) {
    const v = e.attrs[path.attribute];
    if (v !== undefined) out.push(v);
  }
  return out;
}

function folded(from: XmlElement, p: Predicate): string[] {
  if (!p.fold) return valuesAt(from, p.path);
  // upper(a/b): for each a, upper-case of its first b, "" when it has none (XPath 2.0 on an empty sequence).
  return selectSteps(from, p.foldParents).map((e) => {
    const v = valuesAt(e, p.foldValue)[0] ?? "";
    return p.fold === "upper" ? v.toUpperCase() : normalizeSpace(v);
  });
}

/** Whether a step predicate holds on an element. */
export function predicateHolds(p: Predicate, element: XmlElement): boolean {
  // The common predicate (no fold) is read without lists: it runs on elements of every document walked.
  if (!p.fold) {
    if (p.orNone && !someValueAt(element, p.path, anyValue, undefined)) return true;
    return someValueAt(element, p.path, compares, p);
  }
  const values = folded(element, p);
  if (p.orNone && valuesAt(element, p.path).length === 0) return true;
  return values.some((v) => compares(v, p));
}

const anyValue = (): boolean => true;
const compares = (v: string, p: Predicate): boolean => (p.op === "=" ? v === p.value : v !== p.value);

/** `valuesAt(from, path).some((v) => test(v, arg))` without the lists (the test is made once, its argument given). */
export function someValueAt<A>(from: XmlElement, path: RelativePath, test: (value: string, arg: A) => boolean, arg: A): boolean {
  return someFrom(from, path.steps, 0, path.attribute, test, arg);
}

function someFrom<A>(e: XmlElement, steps: readonly Step[], depth: number, attribute: string | undefined, test: (value: string, arg: A) => boolean, arg: A): boolean {
  if (depth === steps.length) {
    if (attribute === undefined) return test(stringValue(e), arg);
    const v = e.attrs[attribute];
    return v !== undefined && test(v, arg);
  }
  const step = steps[depth] as Step;
  const children = e.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (!step.keys.includes(c.key) || (step.predicate && !predicateHolds(step.predicate, c))) continue;
    if (someFrom(c, steps, depth + 1, attribute, test, arg)) return true;
  }
  return false;
}

/** The string values at a relative path of the tables (for the few custom checks). */
export function valuesOf(from: XmlElement, source: string): string[] {
  return valuesAt(from, parseRelativePath(source));
}

/** Whether something exists at a relative path of the tables. */
export function exists(from: XmlElement, source: string): boolean {
  return valuesOf(from, source).length > 0;
}
