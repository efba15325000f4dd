import type { Detected, Profile, Syntax } from "../detect.js";
import type { XmlElement } from "../xml/xml-tree.js";

export type Severity = "fatal" | "warning";

/** The rule sets: EN 16931 (CEN artefacts), Factur-X profile rules, French BR-FR, the B2G portal's CPRO rules. */
export type RuleSet = "en16931" | "facturx" | "br-fr" | "cpro";

/** What a rule looks at: the parsed tree, what was detected, and the options of the run. */
export interface RuleContext {
  root: XmlElement;
  detected: Detected;
  /** True when the buyer is a French public structure (enables CPRO rules). */
  frenchPublicBuyer: boolean;
}

/**
 * One business or syntax rule. `check` yields every offending element: a rule that fires on N elements gives N
 * findings, as the official Schematron does once per failing context node.
 */
export interface Rule {
  /** The id as the spec writes it: BR-CO-10, CII-SR-001, UBL-CR-123, FX-SCH-A-000026, BR-FR-12... */
  id: string;
  set: RuleSet;
  /** The syntaxes it applies to. */
  syntaxes: readonly Syntax[];
  /**
   * The profiles it can fire on, when it is tied to some (a Factur-X profile table's id): on a document of another
   * profile it finds nothing, so the runner skips it. Absent: every profile.
   */
  profiles?: readonly Profile[];
  /** The batch the rule belongs to, when one per-document computation answers for many rules. */
  batch?: RuleBatch;
  severity: Severity;
  /** The business terms or groups concerned (BT-106, BG-23...). */
  terms: readonly string[];
  /** What to fix, in plain words: French first, English second. `{value}` is replaced by Violation.value if given. */
  message: { fr: string; en: string };
  check(context: RuleContext): Iterable<Violation>;
}

/**
 * Rules answered by one per-document computation (a Factur-X profile table, say): asked once per document and rules
 * run, it names those of its rules that find something there, and the runner skips the others (their check would give
 * nothing). If it throws, every rule of the batch is run.
 */
export interface RuleBatch {
  firing(context: RuleContext): Iterable<Rule>;
}

/** One offending element, with optionally the value at fault (shown in the message). */
export interface Violation {
  element: XmlElement;
  value?: string;
}

/** One finding of a validation run. */
export interface Finding {
  rule: string;
  set: RuleSet;
  severity: Severity;
  terms: readonly string[];
  /** Path of the offending element: /rsm:CrossIndustryInvoice/rsm:ExchangedDocument[1]/ram:ID[1] */
  path: string;
  line: number;
  message: string;
}

/** A message written on first read: most rules never report anything, and a cold start would pay for each. */
export function lazyMessage(make: () => Rule["message"]): Rule["message"] {
  let made: Rule["message"] | undefined;
  return {
    get fr() {
      made ??= make();
      return made.fr;
    },
    get en() {
      made ??= make();
      return made.en;
    },
  };
}
