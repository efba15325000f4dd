// Character classes and references for the fast XML path (fast-parse.ts). Deliberately narrower than XML: what is not
// recognised here makes the fast path give the document to saxes, never decide on it.
import { Buffer } from "node:buffer";

/** ASCII name characters: 1 may start a name, 2 may continue one. The colon is handled apart (namespaces). */
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) NAME[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}

/** Whether `c` may start an (ASCII, colon-free) name. */
export function isNameStart(c: number): boolean {
  return c < 128 && NAME[c] === 1;
}

/** Whether `c` may continue an (ASCII, colon-free) name. */
export function isNameChar(c: number): boolean {
  return c < 128 && NAME[c] !== 0;
}

/** XML white space once line ends are normalised (no CR left). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}

// Characters XML 1.0 forbids anywhere (controls, U+FFFE, U+FFFF). Lone surrogates cannot come out of the fatal UTF-8
// decoder; a string given directly is checked for them apart.
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_CONTROLS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 0xb, 0xc, 0xe, 0xf, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f];

/** Whether the text holds only characters XML 1.0 allows (lone surrogates checked only when asked). */
export function allCharsAllowed(text: string, checkSurrogates: boolean): boolean {
  return !FORBIDDEN_CHAR.test(text) && !(checkSurrogates && LONE_SURROGATE.test(text));
}

/**
 * As allCharsAllowed, for text the fatal UTF-8 decoder made from `bytes`. UTF-8 writes a control character as that one
 * byte and never uses such a byte inside another character, so the controls are looked for in the bytes, one memchr
 * each: 29 of them cost about a fifth of one regular-expression pass over the decoded text (2026-11-27, corpus set).
 */
export function decodedCharsAllowed(text: string, bytes: Uint8Array): boolean {
  if (text.indexOf("\uFFFE") !== -1 || text.indexOf("\uFFFF") !== -1) return false;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k < FORBIDDEN_CONTROLS.length; k++) if (buffer.indexOf(FORBIDDEN_CONTROLS[k] as number) !== -1) return false;
  return true;
}

const DECIMAL_REF = /^#[0-9]{1,7}$/;
const HEX_REF = /^#x[0-9a-fA-F]{1,6}$/;

/** The text a reference `&name;` stands for (`name` given without `&` and `;`), or undefined if not sure. */
function referenced(name: string): string | undefined {
  switch (name) {
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  let code: number;
  if (HEX_REF.test(name)) code = Number.parseInt(name.slice(2), 16);
  else if (DECIMAL_REF.test(name)) code = Number.parseInt(name.slice(1), 10);
  else return undefined;
  const isChar =
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return isChar ? String.fromCodePoint(code) : undefined;
}

/** `raw` with its entity and character references replaced, or undefined when one is not a sure one. */
export function decodeReferences(raw: string): string | undefined {
  let out = "";
  let from = 0;
  for (let amp = raw.indexOf("&"); amp !== -1; amp = raw.indexOf("&", from)) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi === -1) return undefined;
    const value = referenced(raw.slice(amp + 1, semi));
    if (value === undefined) return undefined;
    out += raw.slice(from, amp) + value;
    from = semi + 1;
  }
  return out + raw.slice(from);
}
