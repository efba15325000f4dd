import type { Rule } from "../../rule.js";
import { brAERules } from "./br-ae.js";
import { brAFRules } from "./br-af.js";
import { brAGRules } from "./br-ag.js";
import { brERules } from "./br-e.js";
import { brGRules } from "./br-g.js";
import { brICRules } from "./br-ic.js";
import { brORules } from "./br-o.js";
import { brSRules } from "./br-s.js";
import { brZRules } from "./br-z.js";

/** The rules of this family, in spec order. */
export const en16931VatRules: Rule[] = [...brSRules, ...brZRules, ...brERules, ...brAERules, ...brICRules, ...brGRules, ...brORules, ...brAFRules, ...brAGRules];
