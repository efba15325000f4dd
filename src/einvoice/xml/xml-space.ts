// XML white space is four characters: space, tab, carriage return and line feed (XML 1.0, production S). XPath's
// normalize-space(), its \s, and the white-space collapse of casts to xs:decimal or xs:boolean use only these;
// JavaScript's trim() and \s also take the no-break space and the other Unicode spaces, which would make the rules
// read " S" (a no-break space first) as the code S where the official artefact does not.

/** Whether the UTF-16 code is XML white space. */
export const isXmlSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** The text without its leading and trailing XML white space (other spaces are kept). */
export function trimXmlSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isXmlSpace(text.charCodeAt(start))) start++;
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const XML_SPACE_RUN = /[ \t\r\n]+/g;

/** XPath normalize-space(): runs of XML white space made one space, then trimmed of it; other spaces are kept. */
export function normalizeXmlSpace(text: string | undefined): string {
  if (!text) return "";
  // Fast path: most values are already normal (no edge space, no tab or line break, no double space).
  let normal = !isXmlSpace(text.charCodeAt(0)) && !isXmlSpace(text.charCodeAt(text.length - 1));
  for (let i = 0; normal && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c === 32 && text.charCodeAt(i + 1) === 32)) normal = false;
  }
  return normal ? text : trimXmlSpace(text.replace(XML_SPACE_RUN, " "));
}
