import { describe, expect, it } from "vitest";
import { fastParse } from "../../../src/einvoice/xml/fast-parse.js";
import { hashStep } from "../../../src/einvoice/xml/name-table.js";
import { outcome } from "./xml-outcome.js";

// Known names are checked in place where they are written; a name with the same hash and length as a known, other name
// must still be read as itself (and, past it, every name of the document and of the next ones).
const LIMITS = { maxDepth: 64, maxElements: 2_000_000 };
/** The hash the fast path computes while reading a name (fast-parse.ts, nameEnd). */
const hashOf = (name: string) => [...name.slice(1)].reduce((h, c) => hashStep(h, c.charCodeAt(0)), name.charCodeAt(0));

describe("interned names with the same hash", () => {
  it("are two different names (the premise of the cases below)", () => {
    expect(hashOf("Aa")).toBe(hashOf("BB"));
    expect(hashOf("p:xAa")).toBe(hashOf("p:xBB"));
  });

  it.each([
    '<r><Aa x="1"/><BB Aa="2" BB="3"/><Aa>t</Aa><BB/></r>',
    '<r xmlns:p="urn:p"><p:xAa/><p:xBB p:xAa="1"/><BB/><Aa/><p:xBB/></r>',
    "<BB><Aa><BB/></Aa></BB>",
  ])("read as themselves in %j, as saxes does", (input) => {
    expect(fastParse(input, LIMITS, true)).toBeDefined();
    expect(outcome(input, "fast")).toBe(outcome(input, "saxes"));
  });

  it("leave the next document's names read as before", () => {
    expect(outcome("<r><Aa/><BB/></r>", "fast")).toBe(outcome("<r><Aa/><BB/></r>", "saxes"));
    const next = '<r xmlns="urn:x"><Aa a="1"/><BB/><Aa/></r>';
    expect(fastParse(next, LIMITS, true)).toBeDefined();
    expect(outcome(next, "fast")).toBe(outcome(next, "saxes"));
  });
});
