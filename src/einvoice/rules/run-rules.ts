import type { Profile } from "../detect.js";
import type { XmlElement } from "../xml/xml-tree.js";
import type { Finding, Rule, RuleBatch, RuleContext, Violation } from "./rule.js";

// The violations of the rules another rule reads again (the Factur-X profiles carry EN 16931 rules under their own
// ids), for the document being validated (one slot: the last tree seen); each such rule is checked once per document.
// Trees are never changed after parsing, so a tree seen again gives the same violations. Each shared rule has a slot
// number; a slot holds the violations found in the generation (document) it was stamped with.
let cachedRoot: XmlElement | undefined;
let generation = 0;
const slots = new Map<Rule, number>();
const slotViolations: (readonly Violation[])[] = [];
const slotGeneration: number[] = [];
const NONE: readonly Violation[] = [];

/** Declares rules whose violations other rules read through violationsOf (so the runner keeps them per document). */
export function shareViolations(rules: Iterable<Rule>): void {
  for (const r of rules) {
    if (slots.has(r)) continue;
    slots.set(r, slots.size);
    slotViolations.push(NONE);
    slotGeneration.push(-1);
  }
  plans = new WeakMap();
}

function checked(rule: Rule, context: RuleContext): readonly Violation[] {
  const found = rule.check(context);
  // Most rules return an array (often a shared empty one): read it as it is, nothing copied.
  return Array.isArray(found) ? found : [...found];
}

function kept(slot: number, rule: Rule, context: RuleContext): readonly Violation[] {
  if (context.root !== cachedRoot) {
    cachedRoot = context.root;
    generation++;
  }
  if (slotGeneration[slot] === generation) return slotViolations[slot] as readonly Violation[];
  const found = checked(rule, context);
  slotViolations[slot] = found;
  slotGeneration[slot] = generation;
  return found;
}

/** A rule's violations on the context's document, computed once per document when the rule is shared. */
export function violationsOf(rule: Rule, context: RuleContext): readonly Violation[] {
  const slot = slots.get(rule);
  return slot === undefined ? checked(rule, context) : kept(slot, rule, context);
}

/** The slot of a rule declared with shareViolations, else -1: look it up once, then read with violationsInSlot. */
export function slotOf(rule: Rule): number {
  return slots.get(rule) ?? -1;
}

/** violationsOf, the rule's slot already known (slotOf). */
export function violationsInSlot(slot: number, rule: Rule, context: RuleContext): readonly Violation[] {
  return slot < 0 ? checked(rule, context) : kept(slot, rule, context);
}

/** One rule as the runner sees it: a single object shape, so the loop's property reads stay monomorphic. */
interface Step {
  rule: Rule;
  cii: boolean;
  ubl: boolean;
  /** The profiles the rule is tied to (Rule.profiles), else undefined. */
  profiles: readonly Profile[] | undefined;
  /** The rule's slot when other rules read its violations, else -1. */
  slot: number;
  /** The number of the rule's batch in the plan (Rule.batch), else -1. */
  batch: number;
  /** For a batch's step: the end (exclusive) of the run of consecutive steps of the same batch it belongs to. */
  segmentEnd: number;
}

/** A rules array compiled once: its steps, and its batches with the steps of each. */
interface Plan {
  steps: Step[];
  batches: RuleBatch[];
  /** The steps of each rule of a batch (a rule may be listed twice). */
  stepsOf: Map<Rule, number[]>;
  /** The run a batch was last asked in, by batch. */
  askedIn: Int32Array;
  /**
   * By batch, the steps its last answer fires, in ascending order (reused from run to run): a run skips the hundreds
   * of steps of a batch that find nothing without visiting them one by one.
   */
  firing: number[][];
}
let plans = new WeakMap<readonly Rule[], Plan>();

function planOf(rules: readonly Rule[]): Plan {
  let plan = plans.get(rules);
  if (!plan) {
    const batches: RuleBatch[] = [];
    const stepsOf = new Map<Rule, number[]>();
    const steps: Step[] = rules.map((rule, i) => {
      let batch = -1;
      if (rule.batch) {
        batch = batches.indexOf(rule.batch);
        if (batch < 0) batch = batches.push(rule.batch) - 1;
        stepsOf.set(rule, [...(stepsOf.get(rule) ?? []), i]);
      }
      return { rule, cii: rule.syntaxes.includes("CII"), ubl: rule.syntaxes.includes("UBL"), profiles: rule.profiles, slot: slots.get(rule) ?? -1, batch, segmentEnd: i + 1 };
    });
    for (let i = steps.length - 2; i >= 0; i--) {
      const step = steps[i] as Step;
      const next = steps[i + 1] as Step;
      if (step.batch >= 0 && next.batch === step.batch) step.segmentEnd = next.segmentEnd;
    }
    plan = { steps, batches, stepsOf, askedIn: new Int32Array(batches.length), firing: batches.map(() => []) };
    plans.set(rules, plan);
  }
  return plan;
}

// Numbers the runs, so that a plan's marks of an earlier run are stale without being cleared.
let runs = 0;

/** Asks a batch, once in this run, which of its rules find something; lists their steps in ascending order. */
function askBatch(plan: Plan, batch: number, run: number, context: RuleContext): number[] {
  plan.askedIn[batch] = run;
  const b = plan.batches[batch] as RuleBatch;
  const firing = plan.firing[batch] as number[];
  firing.length = 0;
  try {
    for (const rule of b.firing(context)) {
      const at = plan.stepsOf.get(rule);
      if (at) for (const i of at) firing.push(i);
    }
  } catch {
    // Fail closed: every rule of the batch runs, each reporting its own failure.
    firing.length = 0;
    const steps = plan.steps;
    for (let i = 0; i < steps.length; i++) if ((steps[i] as Step).batch === batch) firing.push(i);
    return firing;
  }
  if (firing.length > 1) firing.sort(ascending);
  // A rule named twice by the batch is still checked once per step.
  let kept = 0;
  for (let i = 0; i < firing.length; i++) if (i === 0 || firing[i] !== firing[i - 1]) firing[kept++] = firing[i] as number;
  firing.length = kept;
  return firing;
}

const ascending = (a: number, b: number): number => a - b;

export type Locale = "fr" | "en";

/**
 * Runs the rules that apply to the context's syntax. Fails closed: a rule that throws gives a fatal INTERNAL finding
 * naming the rule, so a crash can never read as "valid". Each problem is reported once: when the EN 16931 rules and a
 * Factur-X profile carrying them run together, the profile's copy of a violation already reported is left out (run
 * the "facturx" set alone to see every id the profile fires, as its official Schematron counts them). The rules array
 * is compiled once (keep passing the same one).
 */
export function runRules(rules: readonly Rule[], context: RuleContext, locale: Locale = "fr"): Finding[] {
  const out: Output = { findings: [], reported: undefined };
  const cii = context.detected.syntax === "CII";
  const profile = context.detected.profile;
  const plan = planOf(rules);
  const steps = plan.steps;
  runs = (runs + 1) | 0 || 1;
  const run = runs;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (step.batch < 0) {
      if (applies(step, cii, profile)) runStep(step, context, locale, out);
      continue;
    }
    // The steps of a batch run only when the batch says they find something on this document: the run of consecutive
    // steps of the batch starting here is walked through the batch's answer (ascending steps), then skipped. The batch
    // is asked only if one of these steps applies to the document (an UBL table is never evaluated on a CII invoice).
    const end = step.segmentEnd;
    let first = i;
    while (first < end && !applies(steps[first] as Step, cii, profile)) first++;
    if (first === end) {
      i = end - 1;
      continue;
    }
    const firing = plan.askedIn[step.batch] === run ? (plan.firing[step.batch] as number[]) : askBatch(plan, step.batch, run, context);
    for (let k = 0; k < firing.length; k++) {
      const at = firing[k] as number;
      if (at < i || at >= end) continue;
      const fired = steps[at] as Step;
      if (applies(fired, cii, profile)) runStep(fired, context, locale, out);
    }
    i = end - 1;
  }
  return out.findings;
}

/** The findings of a run, and where each violation of a shared rule was reported. */
interface Output {
  findings: Finding[];
  reported: Map<Violation, number> | undefined;
}

/** Whether a step's rule applies to the document's syntax and profile. */
function applies(step: Step, cii: boolean, profile: Profile): boolean {
  if (!(cii ? step.cii : step.ubl)) return false;
  // A rule tied to other profiles finds nothing here (validateTree's selection has already left it out).
  return step.profiles === undefined || step.profiles.includes(profile);
}

/** Checks one rule and reports its violations (a shared rule's violation already reported by a carrying rule once). */
function runStep(step: Step, context: RuleContext, locale: Locale, out: Output): void {
  const rule = step.rule;
  const findings = out.findings;
  let found = NONE;
  try {
    found = step.slot < 0 ? checked(rule, context) : kept(step.slot, rule, context);
  } catch (error) {
    findings.push(internalFinding(rule, context, locale, error));
    return;
  }
  for (let j = 0; j < found.length; j++) {
    const v = found[j] as Violation;
    // Where each violation of a shared rule was reported: a rule that carries it (a Factur-X id for an EN 16931 rule)
    // gives the same violation object, which is then not reported twice.
    const at = out.reported?.get(v);
    if (at === undefined) {
      if (step.slot >= 0) {
        out.reported ??= new Map();
        out.reported.set(v, findings.length);
      }
      findings.push(findingOf(rule, v, locale));
    } else if (rule.severity === "fatal" && findings[at]?.severity === "warning") {
      // The carrying rule makes it blocking (a profile's error for a CEN warning): the problem is shown once, as an error.
      findings[at] = findingOf(rule, v, locale);
    }
  }
}

function findingOf(rule: Rule, v: Violation, locale: Locale): Finding {
  return {
    rule: rule.id,
    set: rule.set,
    severity: rule.severity,
    terms: rule.terms,
    path: pathTo(v.element),
    line: v.element.line,
    message: v.value === undefined ? plainMessage(rule, locale) : rule.message[locale].replaceAll("{value}", v.value),
  };
}

// A rule's message without a value, per locale: worked out once (a rule often fires on several elements).
const plainMessages = { fr: new WeakMap<Rule, string>(), en: new WeakMap<Rule, string>() };

function plainMessage(rule: Rule, locale: Locale): string {
  let text = plainMessages[locale].get(rule);
  if (text === undefined) {
    text = rule.message[locale].replaceAll(" ({value})", "").replaceAll("{value}", "");
    plainMessages[locale].set(rule, text);
  }
  return text;
}

// The last element's path: several rules often point at the same element.
let lastElement: XmlElement | undefined;
let lastPath = "";

/** pathOf (xml-tree.ts) without the intermediate array, the last one kept. */
function pathTo(element: XmlElement): string {
  if (element !== lastElement) {
    lastPath = pathUp(element);
    lastElement = element;
  }
  return lastPath;
}

function pathUp(e: XmlElement): string {
  return e.parent ? `${pathUp(e.parent)}/${e.name}[${e.rank}]` : `/${e.name}`;
}

function internalFinding(rule: Rule, context: RuleContext, locale: Locale, error: unknown): Finding {
  return {
    rule: `INTERNAL-${rule.id}`,
    set: rule.set,
    severity: "fatal",
    terms: rule.terms,
    path: pathTo(context.root),
    line: 0,
    message:
      locale === "fr"
        ? `La règle ${rule.id} n'a pas pu être vérifiée (erreur interne : ${error instanceof Error ? error.message : String(error)}). Par prudence la facture est considérée comme non conforme.`
        : `Rule ${rule.id} could not be checked (internal error). The invoice is treated as invalid.`,
  };
}
