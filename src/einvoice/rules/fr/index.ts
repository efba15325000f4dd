import type { Rule } from "../rule.js";
import { brFr01To08 } from "./br-fr-01-to-08.js";
import { brFr09To32 } from "./br-fr-09-to-32.js";
import { brFrCoDec } from "./br-fr-co-dec.js";

/** The rules of this family, in spec order: the French BR-FR rules of Flux 2 (XP Z12-012, V1.4), CII. */
export const frRules: Rule[] = [...brFr01To08, ...brFr09To32, ...brFrCoDec];
