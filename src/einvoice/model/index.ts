// The EN 16931 semantic model: types, the BT/BG index, exact decimals.
export * from "./decimal.js";
export type * from "./extended.js";
export type * from "./invoice.js";
export type * from "./lines.js";
export type * from "./parties.js";
export * from "./terms.js";
export * from "./value.js";
