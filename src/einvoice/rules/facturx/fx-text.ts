// Whitespace normalisation for the Factur-X rules without a regular expression on the common values: codes, ids,
// amounts and dates are printable ASCII without spaces, which normalisation leaves as they are.
import { normalizeXmlSpace as xpathNormalizeSpace } from "../../xml/xml-space.js";

/** Whether every character is printable ASCII other than the space (33 to 126): no whitespace of any kind. */
function isTight(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

/** normalize-space() as the compiled XPath reads it: runs of XML whitespace made one space, then trimmed. */
export function normalizeXmlSpace(text: string): string {
  return isTight(text) ? text : xpathNormalizeSpace(text);
}
