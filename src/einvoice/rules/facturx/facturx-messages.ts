// Plain French (and English) wording of the Factur-X structure rules, from the official English message.
import type { Rule } from "../rule.js";
import { FX_MESSAGES } from "./facturx-tables.js";

const PATTERNS: [RegExp, (m: RegExpMatchArray) => Rule["message"]][] = [
  [/^Element (?:variant )?'(.+)' must occur exactly (\d+) times\.$/, (m) => ({ fr: `Profil Factur-X de la facture : l'élément ${m[1]} doit figurer exactement ${m[2]} fois ici.`, en: `Factur-X profile of the invoice: element ${m[1]} must occur exactly ${m[2]} times here.` })],
  [/^Element (?:variant )?'(.+)' may occur at maximum (\d+) times\.$/, (m) => ({ fr: `Profil Factur-X de la facture : l'élément ${m[1]} peut figurer au plus ${m[2]} fois ici.`, en: `Factur-X profile of the invoice: element ${m[1]} may occur at most ${m[2]} times here.` })],
  [/^Element (?:variant )?'(.+)' must occur at least (\d+) times\.$/, (m) => ({ fr: `Profil Factur-X de la facture : l'élément ${m[1]} doit figurer au moins ${m[2]} fois ici.`, en: `Factur-X profile of the invoice: element ${m[1]} must occur at least ${m[2]} times here.` })],
  [/^Value of '(.+)' is not allowed\.$/, (m) => ({ fr: `Profil Factur-X de la facture : la valeur de ${m[1]} ({value}) n'est pas dans la liste de codes de ce profil.`, en: `Factur-X profile of the invoice: the value of ${m[1]} ({value}) is not in this profile's code list.` })],
  [/^Attribute '(.+)' is required in this context\.$/, (m) => ({ fr: `Profil Factur-X de la facture : l'attribut ${m[1]} est obligatoire ici.`, en: `Factur-X profile of the invoice: attribute ${m[1]} is required here.` })],
  [/^Attribute '?(.+?)'? (?:is )?marked as not used in the given context\.$/, (m) => ({ fr: `Profil Factur-X de la facture : l'attribut ${m[1]} n'est pas prévu ici par ce profil.`, en: `Factur-X profile of the invoice: attribute ${m[1]} is not used here in this profile.` })],
  [/^Element (?:variant )?'?(.+?)'? (?:is )?marked as not used in the given context\.$/, (m) => ({ fr: `Profil Factur-X de la facture : l'élément ${m[1]} n'est pas prévu ici par ce profil.`, en: `Factur-X profile of the invoice: element ${m[1]} is not used here in this profile.` })],
];

/** The message of a Factur-X structure rule. */
export function fxMessage(id: string): Rule["message"] {
  const official = FX_MESSAGES[id] ?? id;
  for (const [re, make] of PATTERNS) {
    const m = official.match(re);
    if (m) return make(m);
  }
  return { fr: `Profil Factur-X de la facture : ${official}`, en: `Factur-X profile of the invoice: ${official}` };
}
