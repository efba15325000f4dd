import type { Rule } from "../../rule.js";
import { buildSyntaxRules } from "../../support/syntax-rules.js";
import { CII_SYNTAX_TABLE } from "./cii.js";
import { UBL_SYNTAX_TABLE } from "./ubl.js";

/** The rules of this family, in spec order: the syntax bindings (CII-SR, CII-DT, UBL-SR, UBL-CR, UBL-DT). */
export const en16931SyntaxRules: Rule[] = [...buildSyntaxRules(CII_SYNTAX_TABLE), ...buildSyntaxRules(UBL_SYNTAX_TABLE)];
