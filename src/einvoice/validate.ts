import { type Detected, detect, type Profile, type Syntax } from "./detect.js";
import { EInvoiceError } from "./errors.js";
import { allRules } from "./rules/registry.js";
import type { Finding, Rule, RuleSet } from "./rules/rule.js";
import { type Locale, runRules } from "./rules/run-rules.js";
import { parseXml, type XmlLimits } from "./xml/parse-xml.js";
import type { XmlElement } from "./xml/xml-tree.js";

export interface ValidateOptions {
  locale?: Locale;
  /** The buyer is a French public structure: the B2G portal rules (CPRO) apply. */
  frenchPublicBuyer?: boolean;
  /** Run exactly these sets instead of those the profile calls for (used to compare with the official tools). */
  sets?: readonly RuleSet[];
  limits?: XmlLimits;
}

export interface ValidationReport {
  syntax: Syntax;
  kind: Detected["kind"];
  profile: Profile;
  guideline: string | undefined;
  /** The sets that were run (and so decide validity). */
  sets: RuleSet[];
  valid: boolean;
  findings: Finding[];
}

const FACTURX_PROFILES: ReadonlySet<Profile> = new Set(["MINIMUM", "BASIC WL", "BASIC", "EN 16931", "EXTENDED"]);

/**
 * The sets that judge an invoice: its own profile's. MINIMUM and BASIC WL are not full EN 16931 invoices, so only
 * their Factur-X profile rules decide; every other invoice is judged by EN 16931 (plus its Factur-X profile for CII).
 */
export function setsFor(detected: Detected, options: ValidateOptions): RuleSet[] {
  if (options.sets) return [...options.sets];
  const sets: RuleSet[] = [];
  const partial = detected.profile === "MINIMUM" || detected.profile === "BASIC WL";
  if (!partial) sets.push("en16931");
  if (detected.syntax === "CII" && FACTURX_PROFILES.has(detected.profile)) sets.push("facturx");
  if (options.frenchPublicBuyer) sets.push("br-fr", "cpro");
  return sets;
}

let registry: readonly Rule[] | undefined;

/** Every rule the engine knows, gathered once. */
function registered(): readonly Rule[] {
  registry ??= allRules();
  return registry;
}
const selections = new WeakMap<readonly Rule[], Map<string, Rule[]>>();

/**
 * The rules of these sets that apply to this syntax and profile, in registry order; computed once per (rules, sets,
 * syntax, profile). A rule tied to other profiles (Factur-X profile tables) would find nothing: it is left out.
 */
function selectRules(rules: readonly Rule[], sets: readonly RuleSet[], detected: Detected): Rule[] {
  let bySelection = selections.get(rules);
  if (!bySelection) {
    bySelection = new Map();
    selections.set(rules, bySelection);
  }
  const { syntax, profile } = detected;
  const key = `${syntax}|${profile}|${sets.join(",")}`;
  let selected = bySelection.get(key);
  if (!selected) {
    selected = rules.filter((r) => sets.includes(r.set) && r.syntaxes.includes(syntax) && (r.profiles === undefined || r.profiles.includes(profile)));
    bySelection.set(key, selected);
  }
  return selected;
}

/** The sets of a common run (no `sets` option) and, per rules array, the rules they select: made once, then reused. */
interface DefaultRun {
  sets: RuleSet[];
  selected: WeakMap<readonly Rule[], Rule[]>;
}

// The common runs by syntax, profile and buyer, looked up through the detected values themselves: no array, string
// or hash per document.
const defaultRuns = new Map<Syntax, Map<Profile, [DefaultRun | undefined, DefaultRun | undefined]>>();

function defaultRunFor(detected: Detected, frenchPublicBuyer: boolean): DefaultRun {
  let byProfile = defaultRuns.get(detected.syntax);
  if (!byProfile) {
    byProfile = new Map();
    defaultRuns.set(detected.syntax, byProfile);
  }
  let runs = byProfile.get(detected.profile);
  if (!runs) {
    runs = [undefined, undefined];
    byProfile.set(detected.profile, runs);
  }
  const at = frenchPublicBuyer ? 1 : 0;
  let run = runs[at];
  if (!run) {
    run = { sets: setsFor(detected, { frenchPublicBuyer }), selected: new WeakMap() };
    runs[at] = run;
  }
  return run;
}

/** The rules of a common run, selected once per rules array. */
function defaultSelection(run: DefaultRun, rules: readonly Rule[], detected: Detected): Rule[] {
  let selected = run.selected.get(rules);
  if (!selected) {
    selected = selectRules(rules, run.sets, detected);
    run.selected.set(rules, selected);
  }
  return selected;
}

/** Validates an already parsed tree. */
export function validateTree(root: XmlElement, options: ValidateOptions = {}, rules: readonly Rule[] = registered()): ValidationReport {
  const detected = detect(root);
  if (!detected) {
    throw new EInvoiceError("NOT_AN_INVOICE", "Ce fichier XML n'est pas une facture CII (CrossIndustryInvoice) ni UBL (Invoice, CreditNote).", { root: root.name }, "This XML file is not a CII (CrossIndustryInvoice) or UBL (Invoice, CreditNote) invoice.");
  }
  const frenchPublicBuyer = options.frenchPublicBuyer ?? false;
  let sets: RuleSet[];
  let selected: Rule[];
  if (options.sets) {
    sets = setsFor(detected, options);
    selected = selectRules(rules, sets, detected);
  } else {
    const run = defaultRunFor(detected, frenchPublicBuyer);
    sets = run.sets;
    selected = defaultSelection(run, rules, detected);
  }
  const findings = runRules(selected, { root, detected, frenchPublicBuyer }, options.locale ?? "fr");
  let valid = true;
  for (const f of findings) if (f.severity === "fatal") valid = false;
  return {
    syntax: detected.syntax,
    kind: detected.kind,
    profile: detected.profile,
    guideline: detected.guideline,
    sets: [...sets],
    valid,
    findings,
  };
}

/** Parses and validates CII or UBL bytes. Throws EInvoiceError when the input cannot be read at all. */
export function validateXml(input: string | Uint8Array, options: ValidateOptions = {}): ValidationReport {
  const { root } = parseXml(input, options.limits);
  return validateTree(root, options);
}
