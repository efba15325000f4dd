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

// The sets (and their joined key) of the common runs, by syntax, profile and buyer: no array nor string per document.
const defaultSets = new Map<string, RuleSet[]>();

function defaultSetsFor(detected: Detected, frenchPublicBuyer: boolean): RuleSet[] {
  const key = `${detected.syntax}|${detected.profile}|${frenchPublicBuyer}`;
  let sets = defaultSets.get(key);
  if (!sets) {
    sets = setsFor(detected, { frenchPublicBuyer });
    defaultSets.set(key, sets);
  }
  return sets;
}

/** Validates an already parsed tree. */
export function validateTree(root: XmlElement, options: ValidateOptions = {}, rules: readonly Rule[] = registered()): ValidationReport {
  const detected = detect(root);
  if (!detected) {
    throw new EInvoiceError("NOT_AN_INVOICE", "Ce fichier XML n'est pas une facture CII (CrossIndustryInvoice) ni UBL (Invoice, CreditNote).", { root: root.name }, "This XML file is not a CII (CrossIndustryInvoice) or UBL (Invoice, CreditNote) invoice.");
  }
  const frenchPublicBuyer = options.frenchPublicBuyer ?? false;
  const sets = options.sets ? setsFor(detected, options) : defaultSetsFor(detected, frenchPublicBuyer);
  const selected = selectRules(rules, sets, detected);
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
