// The code lists of the CEN EN 16931 validation artefacts 1.3.16, as typed data, one file per list.
export * from "./eas.js";
export * from "./iso3166.js";
export * from "./iso4217.js";
export * from "./iso6523-icd.js";
export * from "./mime.js";
export * from "./unece-rec20.js";
export * from "./untdid1001.js";
export * from "./untdid1153.js";
export * from "./untdid2005.js";
export * from "./untdid2475.js";
export * from "./untdid4451.js";
export * from "./untdid4461.js";
export * from "./untdid5189.js";
export * from "./untdid5305.js";
export * from "./untdid7143.js";
export * from "./untdid7161.js";
export * from "./vatex.js";
