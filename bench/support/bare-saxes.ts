// The baseline of the parsing benches: a bare saxes parse (xmlns + position, empty handlers) of an invoice's bytes.
import { SaxesParser } from "saxes";

const decoder = new TextDecoder();

/** Parses the bytes with saxes and does nothing with what it reads. */
export function bareSaxes(bytes: Uint8Array): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on("opentag", () => {});
  parser.on("text", () => {});
  parser.write(decoder.decode(bytes)).close();
}
