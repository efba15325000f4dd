import type { Rule } from "../rule.js";
import { brFr01To08 } from "./br-fr-01-to-08.js";
import { brFr09To26 } from "./br-fr-09-to-26.js";
import { brFr27To32 } from "./br-fr-27-to-32.js";
import { brFrCoDec } from "./br-fr-co-dec.js";
import { cproRules } from "./cpro-rules.js";

/**
 * The French rules, in spec order: BR-FR of Flux 2 (XP Z12-012, V1.4), CII (set "br-fr"), then the Chorus Pro deposit
 * rules BR-FR-CPRO (set "cpro", CII and UBL), which apply when the buyer is a French public structure.
 */
export const frRules: Rule[] = [...brFr01To08, ...brFr09To26, ...brFr27To32, ...brFrCoDec, ...cproRules];
