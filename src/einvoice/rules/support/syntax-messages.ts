import { parseRelativePath } from "./syntax-path.js";
import type { AbsentRow, SyntaxCheck } from "./syntax-table.js";

// Messages of the syntax-binding rules, generated from a template per rule shape and the element's name. `{value}` is
// replaced by the value at fault (run-rules.ts).

export interface Message {
  fr: string;
  en: string;
}

/** The element and the attribute (if any) a path names, for messages: `cbc:ID` and `@schemeID`. */
function names(path: string): { element: string; attribute: string | undefined } {
  const p = parseRelativePath(path);
  // Predicates read as plain comparisons: `[upper(cac:TaxScheme/cbc:ID) = 'VAT']` → `[cac:TaxScheme/cbc:ID = 'VAT']`.
  const element = p.source
    .replace(/^\/\//, "")
    .replace(/\/?@[A-Za-z]+$/, "")
    .replace(/\b(?:upper|normalize)\(([^)]*)\)/g, "$1")
    .replace(/ or none\]/g, "]");
  return { element, attribute: p.attribute };
}

/** The message of an "absent" row: warnings say the buyer will ignore it, fatal ones say to remove it. */
export function absentMessage(row: AbsentRow, label: string): Message {
  const [, flag, path] = row;
  const { element, attribute } = names(path);
  const anywhere = path.startsWith("//");
  const where = element === "" ? `« ${label} »` : anywhere ? `« ${element} »` : `« ${element} » (dans « ${label} »)`;
  const whereEn = element === "" ? `"${label}"` : anywhere ? `"${element}"` : `"${element}" (in "${label}")`;
  let subject = attribute ? `L'attribut « @${attribute} » de ${where}` : `L'élément ${where}`;
  let subjectEn = attribute ? `The attribute "@${attribute}" of ${whereEn}` : `The element ${whereEn}`;
  if (attribute && anywhere && element === "") {
    subject = `L'attribut « @${attribute} »`;
    subjectEn = `The attribute "@${attribute}"`;
  }
  if (flag === "warning") {
    return {
      fr: `${subject} n'est pas utilisé par la norme EN 16931 : il sera ignoré par l'acheteur.`,
      en: `${subjectEn} is not used by EN 16931: the buyer will ignore it.`,
    };
  }
  return {
    fr: `${subject} n'est pas autorisé par la norme EN 16931 : supprimez-le.`,
    en: `${subjectEn} is not allowed by EN 16931: remove it.`,
  };
}

function times(n: number): string {
  return n === 1 ? "une fois" : n === 2 ? "deux fois" : `${n} fois`;
}

/** The message of a check, from its shape. */
export function checkMessage(check: SyntaxCheck, label: string): Message {
  switch (check.kind) {
    case "count": {
      const { element, attribute } = names(check.path);
      const full = attribute ? (element ? `${element}/@${attribute}` : `@${attribute}`) : element;
      const what = `« ${full} »`;
      const whatEn = `"${full}"`;
      if (check.max === 0) {
        const except = check.minus ? names(check.minus).element : "";
        return {
          fr: `${what} n'est pas utilisé par la norme EN 16931${except ? ` (sauf sur « ${except} »)` : ""} : il sera ignoré par l'acheteur.`,
          en: `${whatEn} is not used by EN 16931${except ? ` (except on "${except}")` : ""}: the buyer will ignore it.`,
        };
      }
      const extra =
        check.flag === "warning"
          ? { fr: "les occurrences en trop seront ignorées par l'acheteur", en: "the buyer will ignore the extra ones" }
          : { fr: "supprimez les occurrences en trop", en: "remove the extra ones" };
      if (check.min !== undefined && check.max !== undefined && check.min === check.max) {
        return {
          fr: `${what} doit figurer exactement ${times(check.max)} dans « ${label} » (trouvé : {value}) : ajoutez-le ou supprimez les doublons.`,
          en: `${whatEn} must occur exactly ${check.max === 1 ? "once" : `${check.max} times`} in "${label}" (found: {value}).`,
        };
      }
      if (check.max !== undefined) {
        return {
          fr: `${what} doit figurer au plus ${times(check.max)} dans « ${label} » (trouvé : {value}) : ${extra.fr}.`,
          en: `${whatEn} may occur at most ${check.max === 1 ? "once" : `${check.max} times`} in "${label}" (found: {value}): ${extra.en}.`,
        };
      }
      return { fr: `${what} doit être renseigné dans « ${label} » : ajoutez-le.`, en: `${whatEn} must be present in "${label}": add it.` };
    }
    case "same-values": {
      const { element } = names(check.path);
      return {
        fr: `Toutes les valeurs de « ${element} » doivent être identiques dans la facture ; « {value} » diffère de la première : n'en gardez qu'une.`,
        en: `Every "${element}" must hold the same value in the invoice; "{value}" differs from the first one.`,
      };
    }
    case "not-both":
      return {
        fr: `« ${check.paths[0]} » et « ${check.paths[1]} » ne peuvent pas être renseignés ensemble dans « ${label} » : n'en gardez qu'un.`,
        en: `"${check.paths[0]}" and "${check.paths[1]}" must not both be given in "${label}": keep only one.`,
      };
    case "format":
      return check.format === "date-102"
        ? { fr: `La date « {value} » doit être écrite au format AAAAMMJJ (format 102), par exemple 20250131.`, en: `The date "{value}" must be written YYYYMMDD (format 102), e.g. 20250131.` }
        : { fr: `Le montant « {value} » doit avoir au plus deux décimales.`, en: `The amount "{value}" must have at most two decimals.` };
    case "custom":
      return check.message;
  }
}
