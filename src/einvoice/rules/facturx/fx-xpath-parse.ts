// The small XPath subset the Factur-X profile tables use, parsed into a syntax tree: absolute and relative paths (/, //,
// ., .., @attr, *, ancestor::), predicates, count(), not(), exists(), normalize-space(), upper-case(), and/or, general
// comparisons and literals. fx-xpath.ts turns the tree into closures over the XmlElement tree.

export type Step = { axis: "child" | "descendant" | "self" | "parent" | "attr" | "ancestor"; name: string; predicates: Expr[] };
export type Expr =
  | { t: "path"; absolute: boolean; steps: Step[] }
  | { t: "lit"; value: string | number | boolean }
  | { t: "not" | "count"; arg: Expr }
  | { t: "fn"; name: "exists" | "normalize-space" | "upper-case"; arg: Expr | undefined }
  | { t: "bin"; op: string; left: Expr; right: Expr };

const TOKEN = /\s*(\/\/|\/|::|\*|\.\.|\.|@|\[|\]|\(|\)|!=|<=|>=|=|<|>|,|"[^"]*"|'[^']*'|\d+(?:\.\d+)?|[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m?.[1]) throw new Error(`XPath non pris en charge : ${text}`);
    tokens.push(m[1]);
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: string[]) {}
  private peek(): string | undefined {
    return this.tokens[this.i];
  }
  private take(expected?: string): string {
    const t = this.tokens[this.i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`XPath: expected ${expected ?? "a token"}, got ${t}`);
    return t;
  }
  parse(): Expr {
    const e = this.or();
    if (this.i !== this.tokens.length) throw new Error(`XPath: unexpected ${this.peek()}`);
    return e;
  }
  private or(): Expr {
    let left = this.and();
    while (this.peek() === "or") {
      this.take();
      left = { t: "bin", op: "or", left, right: this.and() };
    }
    return left;
  }
  private and(): Expr {
    let left = this.cmp();
    while (this.peek() === "and") {
      this.take();
      left = { t: "bin", op: "and", left, right: this.cmp() };
    }
    return left;
  }
  private cmp(): Expr {
    const left = this.unary();
    const op = this.peek();
    if (op && ["=", "!=", "<=", ">=", "<", ">"].includes(op)) {
      this.take();
      return { t: "bin", op, left, right: this.unary() };
    }
    return left;
  }
  private unary(): Expr {
    const t = this.peek();
    if (t === undefined) throw new Error("XPath: unexpected end");
    if ((t === "not" || t === "count") && this.tokens[this.i + 1] === "(") {
      this.take();
      this.take("(");
      const arg = this.or();
      this.take(")");
      return { t, arg };
    }
    if ((t === "exists" || t === "normalize-space" || t === "upper-case") && this.tokens[this.i + 1] === "(") {
      this.i += 2;
      const arg = this.peek() === ")" ? undefined : this.or();
      this.take(")");
      return { t: "fn", name: t, arg };
    }
    if ((t === "true" || t === "false") && this.tokens[this.i + 1] === "(") {
      this.i += 2;
      this.take(")");
      return { t: "lit", value: t === "true" };
    }
    if (t === "(") {
      this.take();
      const e = this.or();
      this.take(")");
      return e;
    }
    if (t.startsWith('"') || t.startsWith("'")) {
      this.take();
      return { t: "lit", value: t.slice(1, -1) };
    }
    if (/^\d/.test(t)) {
      this.take();
      return { t: "lit", value: Number(t) };
    }
    return this.path();
  }
  private path(): Expr {
    const steps: Step[] = [];
    let absolute = false;
    let axis: Step["axis"] = "child";
    if (this.peek() === "/" || this.peek() === "//") {
      absolute = true;
      if (this.take() === "//") axis = "descendant";
    }
    for (;;) {
      steps.push(this.step(axis));
      const t = this.peek();
      if (t !== "/" && t !== "//") break;
      this.take();
      axis = t === "//" ? "descendant" : "child";
    }
    return { t: "path", absolute, steps };
  }
  private step(axis: Step["axis"]): Step {
    const t = this.take();
    if (t === ".") return { axis: "self", name: "", predicates: [] };
    if (t === "..") return { axis: "parent", name: "", predicates: [] };
    if (t === "@") return { axis: "attr", name: internalized(this.take()), predicates: [] };
    let name = t;
    if (t === "ancestor" && this.peek() === "::") {
      this.take();
      axis = "ancestor";
      name = this.take();
    }
    const predicates: Expr[] = [];
    while (this.peek() === "[") {
      this.take();
      predicates.push(this.or());
      this.take("]");
    }
    return { axis, name: internalized(name), predicates };
  }
}

/**
 * The same text as a string the engine has internalized (as it does property names). A name cut from an expression
 * is a slice of it: compared with an element's key, or looked up in a Map, it costs several times an internalized one.
 */
function internalized(text: string): string {
  const holder: Record<string, number> = { [text]: 0 };
  return Object.keys(holder)[0] ?? text;
}

const parsed = new Map<string, Expr>();

/** Parses (once per text) an expression of the subset. Throws on anything outside it. */
export function parseXPath(text: string): Expr {
  let e = parsed.get(text);
  if (!e) {
    e = new Parser(tokenize(text)).parse();
    parsed.set(text, e);
  }
  return e;
}
