/** A node of a document being written: element with attributes and children, or text content. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string | undefined;
}

type Child = XNode | undefined | null | false;
type Content = string | Child | Child[] | undefined;
type Attrs = Record<string, string | undefined>;

function cleanAttrs(attrs: Attrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}

/**
 * An element, or undefined when it would be empty: `x("ram:ID", model.number?.value)` disappears when the value is
 * absent, and so does a parent whose children all disappeared. Writers can thus mirror the model without ifs.
 */
export function x(name: string, content: Content, attrs?: Attrs): XNode | undefined {
  if (content === undefined || content === null || content === false) return undefined;
  if (typeof content === "string") return content === "" ? undefined : { name, attrs: cleanAttrs(attrs), children: [], text: content };
  const children = (Array.isArray(content) ? content : [content]).filter((c): c is XNode => !!c);
  return children.length === 0 ? undefined : { name, attrs: cleanAttrs(attrs), children, text: undefined };
}

/** An element that is written even when empty of content (a fixed marker such as `cbc:ID` = "VAT"). */
export function always(name: string, text: string, attrs?: Attrs): XNode {
  return { name, attrs: cleanAttrs(attrs), children: [], text };
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/** Serialises a document with an XML declaration, two-space indentation, UTF-8. */
export function serializeXml(root: XNode, namespaces: Record<string, string>): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const ns = Object.entries(namespaces).map(([p, uri]) => ` xmlns:${p}="${escapeAttr(uri)}"`).join("");
  const write = (node: XNode, depth: number, extra: string) => {
    const pad = "  ".repeat(depth);
    const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
    if (node.text !== undefined) {
      out.push(`${pad}<${node.name}${extra}${attrs}>${escapeText(node.text)}</${node.name}>\n`);
      return;
    }
    out.push(`${pad}<${node.name}${extra}${attrs}>\n`);
    for (const c of node.children) write(c, depth + 1, "");
    out.push(`${pad}</${node.name}>\n`);
  };
  write(root, 0, ns);
  return out.join("");
}
