import { describe, expect, it } from "vitest";
import { allAt, allAtOnce, elementsOf, firstAt, forgetDocument, memo, someChild } from "../../../../src/einvoice/rules/support/core-index.js";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";

const doc = () => parseXml("<r><a><b>1</b><c/></a><a><b>2</b></a><d><b>3</b></d></r>").root;

describe("core-index (per-document element index and memos)", () => {
  it("lists every element of a key in document order, whenever the key is first asked for", () => {
    const first = doc();
    expect(elementsOf(first, "b").map((e) => e.text)).toEqual(["1", "2", "3"]);
    // A key first asked for after the index was built is collected by its own walk, complete.
    expect(elementsOf(first, "c")).toHaveLength(1);
    // A later document's index holds both keys from the start.
    const second = doc();
    expect(elementsOf(second, "c")).toHaveLength(1);
    expect(elementsOf(second, "b")).toHaveLength(3);
    expect(elementsOf(second, "missing")).toEqual([]);
  });

  it("follows relative paths without building lists when one node is enough", () => {
    const root = doc();
    expect(allAt(root, "a/b").map((e) => e.text)).toEqual(["1", "2"]);
    expect(firstAt(root, "d/b")?.text).toBe("3");
    expect(firstAt(root, "a/x")).toBeUndefined();
    expect(someChild(root, "a", (a) => a.children.length === 1)).toBe(true);
  });

  it("collects a path below the root once per document", () => {
    const root = doc();
    const first = allAtOnce(root, "a/b");
    expect(first.map((e) => e.text)).toEqual(["1", "2"]);
    expect(allAtOnce(root, "a/b")).toBe(first);
    expect(allAtOnce(root, "x/b")).toEqual([]);
    // Another document gets its own list.
    expect(allAtOnce(doc(), "a/b")).not.toBe(first);
  });

  it("computes a memo once per document until the document is forgotten", () => {
    const root = doc();
    let runs = 0;
    const count = () => memo(root, "runs", () => ++runs);
    expect([count(), count()]).toEqual([1, 1]);
    forgetDocument(root);
    expect(count()).toBe(2);
  });
});
