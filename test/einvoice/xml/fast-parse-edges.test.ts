import { describe, expect, it } from "vitest";
import { fastParse } from "../../../src/einvoice/xml/fast-parse.js";
import { parseXml } from "../../../src/einvoice/xml/parse-xml.js";
import { outcome } from "./xml-outcome.js";

const LIMITS = { maxDepth: 64, maxElements: 2_000_000 };
const nested = (n: number) => `${"<a>".repeat(n)}${"</a>".repeat(n)}`;
const manyAttributes = (n: number, extra = "") => `<a ${Array.from({ length: n }, (_, i) => `x${i}="${i}"`).join(" ")}${extra}/>`;
// `levels` nested elements declaring 16 prefixes each, the innermost element using the last one declared.
const manyBindings = (levels: number) => {
  const decls = (level: number) => Array.from({ length: 16 }, (_, i) => `xmlns:p${level * 16 + i}="urn:${level * 16 + i}"`).join(" ");
  const open = Array.from({ length: levels }, (_, level) => `<a ${decls(level)}>`).join("");
  return `${open}<p${levels * 16 - 1}:b/>${"</a>".repeat(levels)}`;
};
/** The input as a test title: long ones cut. */
const titled = (inputs: string[]) => inputs.map((input) => [input.length > 80 ? `${input.slice(0, 80)}…` : input, input]);

// Well-formed inputs the fast path reads itself: every construct it claims to handle.
const READ_BY_FAST_PATH = [
  "<a/>",
  "<a></a>",
  '<?xml version="1.0"?><a/>',
  `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<a/>`,
  '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n\n<a>\n</a>\n',
  "<a>x &amp; &lt; &gt; &quot; &apos; &#65;&#x42;&#x1F600;&#9;&#13;&#xd;&#10; y</a>",
  `<a b="1 &amp; 2" c='x"y' d="t\tab\nnl" e="&#10;&#9;&#x20;" f=""/>`,
  '<a\r\n  b="1\r\n2\r3">\r\nx\ry\r\n\r\n</a>\r\n',
  "<a><!-- c --><b/>t1<!-- c2 -->t2<![CDATA[<&]]]]><![CDATA[]]>t3</a>",
  "<!-- before --><a/><!-- after -->\n \t",
  '<p:a xmlns:p="urn:x" xmlns="urn:d"><b/><p:c xmlns:p="urn:y"><p:e/></p:c><p:c/><d xmlns=""><e/></d></p:a>',
  '<a xmlns:p="urn:x" p:b="1" b="2" xmlns:q="urn:y" q:b="3"/>',
  '<a xmlns:p=" urn:x " xmlns="  urn:d\t"><p:b/></a>',
  '<a\n b="1"\n\n>\n<c\n/>\n<c   ></c\n>\n</a  >',
  '<a b = "1"\tc\n=\n\'2\'/>',
  "<a>é€😀 \u0085 \u2028 ]] ] > >> ]]]</a>",
  "<a><b>1</b><b>2</b><c/><b>3</b>text<b/></a>",
  "<a.b-c_d1 e.f-g_h2='x'><_x/></a.b-c_d1>",
  nested(64),
  "\n\n  <a/>",
  "<a>&#10;&#13;<b/>\n<c b='&#10;'\n/><!--\n\n--><d/><![CDATA[\n]]><e\n\n></e></a>", // line numbers count raw line ends only
  manyAttributes(32),
  `<${"n".repeat(300)} xmlns="urn:${"u".repeat(1000)}" ${"b".repeat(200)}="1"><${"n".repeat(300)}/></${"n".repeat(300)}>`,
  manyBindings(4),
  "\uFEFF<a/>",
];

// Well-formed inputs the fast path leaves to saxes (it may not be sure of them): same result either way.
const LEFT_TO_SAXES = [
  '<?xml version="1.0" encoding="ISO-8859-1"?><a/>',
  '<?xml version="1.0" encoding="UTF-16"?><a/>',
  '<?xml-stylesheet href="x.xsl"?><a/>',
  "<a><?pi data?></a>",
  '<?xml version="1.1"?><a/>',
  "\uFEFF\uFEFF<a/>", // saxes drops a byte-order mark too, after parse-xml has dropped one
  '<a xml:lang="fr"/>',
  '<a __proto__="x"/>',
  "<é/>",
  manyAttributes(33), // past the fast path's bounds on its quadratic checks
  manyBindings(5),
  "<a é='1'/>",
  "<a:1b xmlns:a='urn:x'/>",
  "<xml:a/>",
];

// Malformed inputs (saxes refuses them): the fast path must give every one to saxes.
const MALFORMED = [
  "",
  "   ",
  "<a>",
  "<a></b>",
  "<a><b></a></b>",
  "</a>",
  "<a></A>",
  "<a/><b/>",
  "<a/>x",
  "x<a/>",
  "<a/>&amp;",
  "<a>&foo;</a>",
  "<a>&amp</a>",
  "<a>& b</a>",
  "<a>&#0;</a>",
  "<a>&#xD800;</a>",
  "<a>&#xFFFE;</a>",
  "<a>&#x110000;</a>",
  "<a>&#99999999999;</a>",
  "<a>&#X41;</a>",
  "<a>&#;</a>",
  "<a>&#x;</a>",
  "<a>]]></a>",
  "<a>a]]>b</a>",
  '<a b="1" b="2"/>',
  '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
  '<a xmlns:p="u" xmlns:p="v"/>',
  "<a b=1/>",
  "<a b/>",
  '<a b="<"/>',
  '<a b="1"c="2"/>',
  '<a b="1\' />',
  '<a b="x&y;"/>',
  '<a b="&"/>',
  "<p:a/>",
  '<a p:b="1"/>',
  '<a xmlns:p=""/>',
  '<p:a xmlns:p="u"></a>',
  '<a:b:c xmlns:a="u"/>',
  "<:a/>",
  "<a:/>",
  "<1a/>",
  "<a/ >",
  "< a/>",
  "<a>\u0001</a>",
  "<a>\uFFFE</a>",
  "<a b='\u0000'/>",
  "<!-- \u0007 --><a/>",
  "<!DOCTYPE a><a/>",
  '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
  "\uFEFF\uFEFF\uFEFF<a/>",
  '<?xml version="1.0" encoding=""?><a/>',
  '<?xml version="1.0" standalone="maybe"?><a/>',
  ' <?xml version="1.0"?><a/>',
  '<a/><?xml version="1.0"?>',
  "<?xml?><a/>",
  "<!-- a -- b --><a/>",
  "<!-- a ---><a/>",
  "<a><!-- x</a>",
  "<a><![CDATA[x</a>",
  "<![CDATA[x]]><a/>",
  "<xmlns:a/>",
  '<a xmlns:xml="urn:x"/>',
  '<a xmlns:xmlns="urn:x"/>',
  '<a xmlns:p="http://www.w3.org/2000/xmlns/"/>',
  '<a xmlns="http://www.w3.org/XML/1998/namespace"/>',
  "<a",
  '<a b="1"',
  "<a>text",
  "<a></a",
  "<a><!",
  "<a><!x></a>",
  nested(65),
  manyAttributes(40, ' x3="again"'),
];

function fastResult(input: string): unknown {
  return fastParse(input.replace(/^\uFEFF/, ""), LIMITS, true);
}

describe("fast XML path on edge cases", () => {
  it.each(titled(READ_BY_FAST_PATH))("reads %j itself, exactly as saxes does", (_title, input) => {
    expect(outcome(input, "saxes")).not.toMatch(/^\{"refused"/);
    expect(fastResult(input)).toBeDefined();
    expect(outcome(input, "fast")).toBe(outcome(input, "saxes"));
  });

  it.each(titled(LEFT_TO_SAXES))("leaves %j to saxes, same result", (_title, input) => {
    expect(fastResult(input)).toBeUndefined();
    expect(outcome(input, "fast")).toBe(outcome(input, "saxes"));
  });

  it.each(titled(MALFORMED))("gives malformed %j to saxes, refused the same", (_title, input) => {
    expect(outcome(input, "saxes")).toMatch(/^\{"refused"/);
    expect(fastResult(input)).toBeUndefined();
    expect(outcome(input, "fast")).toBe(outcome(input, "saxes"));
  });

  it("refuses lone surrogates in a string input as saxes does", () => {
    for (const input of ["<a>\uD800</a>", "<a>\uDC00x</a>", "<a b='\uDBFF'/>"]) {
      expect(fastResult(input)).toBeUndefined();
      expect(outcome(input, "fast")).toBe(outcome(input, "saxes"));
    }
  });

  it("leaves the depth and element limits to saxes, with its refusals", () => {
    const refusal = (input: string, limits: { maxDepth?: number; maxElements?: number }, engine: "fast" | "saxes") => {
      try {
        return parseXml(input, limits, engine).elementCount;
      } catch (e) {
        return (e as Error).message;
      }
    };
    for (const [input, limits] of [
      ["<a><b/><b/></a>", { maxElements: 2 }],
      ["<a><b/><b/></a>", { maxElements: 3 }],
      [nested(5), { maxDepth: 4 }],
      [nested(5), { maxDepth: 5 }],
    ] as const) {
      expect(refusal(input, limits, "fast")).toBe(refusal(input, limits, "saxes"));
    }
    expect(refusal(nested(5), { maxDepth: 4 }, "fast")).toMatch(/4 niveaux/);
    expect(refusal("<a><b/><b/></a>", { maxElements: 3 }, "fast")).toBe(3);
  });
});
