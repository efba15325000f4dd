import { Fragment, type ReactNode } from "react";

/** Puts elements (code, links) in the `{name}` places of a translated sentence, so word order stays the translator's. */
export function richText(template: string, parts: Record<string, ReactNode>): ReactNode {
  const pieces = template.split(/\{(\w+)\}/g);
  // split with a capture group alternates text, name, text, name…: odd indexes are placeholder names
  return pieces.map((piece, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed sentence never move
    <Fragment key={i}>{i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece}</Fragment>
  ));
}
