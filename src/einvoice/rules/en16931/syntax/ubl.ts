import type { SyntaxTable } from "../../support/syntax-table.js";
import { UBL_DOCUMENT } from "./ubl-document.js";
import { UBL_PARTS } from "./ubl-parts.js";

/** The UBL syntax binding of EN 16931 (UBL-SR, UBL-CR, UBL-DT), as the CEN artefacts 1.3.16 check it. */
export const UBL_SYNTAX_TABLE: SyntaxTable = {
  syntax: "UBL",
  contexts: [UBL_DOCUMENT, ...UBL_PARTS],
};
