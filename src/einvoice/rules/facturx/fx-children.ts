// Child-path reads for the Factur-X rules written in TypeScript, without the intermediate lists (`at(e, a, b)` built
// an array per step): these rules run on every CII invoice, and their garbage was a good part of the family's cost.
// A path is a constant array of element keys, read from the element down.
import type { XmlElement } from "../../xml/xml-tree.js";

/** A line's status code (BT-X-7, DETAIL / GROUP / INFORMATION), read by the line and EXTENDED rules. */
export const LINE_STATUS = ["ram:AssociatedDocumentLineDocument", "ram:LineStatusReasonCode"] as const;
/** A line's net amount (BT-131). */
export const LINE_NET_AMOUNT = ["ram:SpecifiedLineTradeSettlement", "ram:SpecifiedTradeSettlementLineMonetarySummation", "ram:LineTotalAmount"] as const;

/** The first element at the child path (keys[depth...]) below `e`, in document order. */
export function firstAt(e: XmlElement | undefined, path: readonly string[], depth = 0): XmlElement | undefined {
  if (!e) return undefined;
  if (depth === path.length) return e;
  const key = path[depth];
  for (const c of e.children) {
    if (c.key !== key) continue;
    const found = firstAt(c, path, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Whether some element at the child path passes the test. */
export function someAt(e: XmlElement | undefined, path: readonly string[], test: (e: XmlElement) => boolean, depth = 0): boolean {
  if (!e) return false;
  if (depth === path.length) return test(e);
  const key = path[depth];
  for (const c of e.children) if (c.key === key && someAt(c, path, test, depth + 1)) return true;
  return false;
}

/** How many elements there are at the child path. */
export function countAt(e: XmlElement | undefined, path: readonly string[], depth = 0): number {
  if (!e) return 0;
  if (depth === path.length) return 1;
  const key = path[depth];
  let n = 0;
  for (const c of e.children) if (c.key === key) n += countAt(c, path, depth + 1);
  return n;
}

/** Every element at the child path, in document order, pushed onto `out`. */
export function collectAt(e: XmlElement | undefined, path: readonly string[], out: XmlElement[], depth = 0): XmlElement[] {
  if (!e) return out;
  if (depth === path.length) {
    out.push(e);
    return out;
  }
  const key = path[depth];
  for (const c of e.children) if (c.key === key) collectAt(c, path, out, depth + 1);
  return out;
}
