import type { XmlElement } from "../../xml/xml-tree.js";
import type { Severity } from "../rule.js";

// The shape of the EN 16931 syntax-binding tables (CII-SR, CII-DT, UBL-SR, UBL-CR, UBL-DT). Each row states a fact of
// the CEN validation artefacts (rule id, flag, context, the element concerned); syntax-engine.ts evaluates a whole
// table in one walk of the tree. Paths use the language of syntax-path.ts.

/** A condition on a context element (a rule's `where`, or the `unless` of an "absent" row). All given parts must hold. */
export interface Condition {
  /** The element's own key is one of these. */
  self?: readonly string[];
  /** The element's key ends with this (after the prefix). */
  selfEndsWith?: string;
  /** Some node at this relative path (`ram:TypeCode`, `@format`) has exactly one of these values. */
  valueIn?: readonly [path: string, values: readonly string[]];
  /** Some node at this relative path holds a value that casts to this xs:boolean (`true`, `1`, `false`, `0`). */
  booleanIs?: readonly [path: string, value: boolean];
  /** Some ancestor has this key. */
  ancestor?: string;
  /** Some ancestor with this key has a child with that key (XPath `ancestor::a/b`). */
  ancestorWithChild?: readonly [ancestor: string, child: string];
  /** The document's root element has this key. */
  rootIs?: string;
  /** Something exists at this path from the root element (`rsm:X/ram:Y/@unitCode`). */
  documentHas?: string;
  /** None of these conditions holds. */
  none?: readonly Condition[];
}

/** "This must not occur", one finding per context element that holds it: [rule id, flag, relative path, options]. */
export type AbsentRow = readonly [id: string, flag: Severity, path: string, options?: AbsentOptions];

export interface AbsentOptions {
  /** The occurrence is allowed when the context element meets this condition. */
  unless?: Condition;
  /** Business terms the official text names (BT-x, BG-x); by default the element itself. */
  terms?: readonly string[];
}

interface CheckBase {
  id: string;
  flag: Severity;
  /** Business terms the official text names; by default the element concerned. */
  terms?: readonly string[];
}

/** Cardinality: how many nodes the path may reach from the context element (at least `min`, at most `max`). */
export interface CountCheck extends CheckBase {
  kind: "count";
  path: string;
  min?: number;
  max?: number;
  /** Checked only when something exists at this path. */
  onlyIf?: string;
  /** Counts `path` less what this path reaches (UBL-DT-18: every @name but those of payment means codes). */
  minus?: string;
}

/** Every node the path reaches holds the same value (compared exactly, or after normalize-space). */
export interface SameValuesCheck extends CheckBase {
  kind: "same-values";
  path: string;
  normalize?: boolean;
}

/** The two paths must not both reach something. */
export interface NotBothCheck extends CheckBase {
  kind: "not-both";
  paths: readonly [string, string];
}

/** The context element's value has a given lexical form. */
export interface FormatCheck extends CheckBase {
  kind: "format";
  format: "date-102" | "max-2-decimals";
}

/** A rule too particular for the shapes above: a plain predicate on the context element, with its own message. */
export interface CustomCheck extends CheckBase {
  kind: "custom";
  /** True when the context element satisfies the rule. */
  test: (context: XmlElement, root: XmlElement) => boolean;
  message: { fr: string; en: string };
}

export type SyntaxCheck = CountCheck | SameValuesCheck | NotBothCheck | FormatCheck | CustomCheck;

/** One official Schematron rule: a context, and what its assertions require there. */
export interface SyntaxContext {
  /** Position of the rule in the official pattern: an element is checked by the first rule whose context it matches. */
  rank: number;
  /** Context paths (`/a/b` from the root, `//a/b` anywhere; a step may be `ram:*ID`, `*Amount`). Several = union. */
  context: readonly string[];
  /** A readable name for the context, used in messages. */
  label: string;
  where?: Condition;
  absent?: readonly AbsentRow[];
  checks?: readonly SyntaxCheck[];
}

/** The table of one syntax. */
export interface SyntaxTable {
  syntax: "CII" | "UBL";
  contexts: readonly SyntaxContext[];
}
