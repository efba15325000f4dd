import type { SyntaxTable } from "../../support/syntax-table.js";
import { CII_DATA_TYPES } from "./cii-data-types.js";
import { CII_DOCUMENT } from "./cii-document.js";
import { CII_HEADER_AGREEMENT } from "./cii-header-agreement.js";
import { CII_HEADER_SETTLEMENT } from "./cii-header-settlement.js";
import { CII_LINE } from "./cii-line.js";
import { CII_LINE_TRADE } from "./cii-line-trade.js";

/** The CII syntax binding of EN 16931 (CII-SR, CII-DT), as the CEN artefacts 1.3.16 check it. */
export const CII_SYNTAX_TABLE: SyntaxTable = {
  syntax: "CII",
  contexts: [...CII_DOCUMENT, ...CII_LINE, ...CII_LINE_TRADE, ...CII_HEADER_AGREEMENT, ...CII_HEADER_SETTLEMENT, ...CII_DATA_TYPES],
};
