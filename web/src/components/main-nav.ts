import type { Me } from "../api/accounts";
import type { MessageKey } from "../i18n/fr";

/** One entry of the main navigation: a shared message key, or a feature's own French and English labels. */
export interface NavItem {
  to: string;
  label: MessageKey | { fr: string; en: string };
  /** Marks the entry current only on an exact match (the home page). */
  end?: boolean;
  /** Shown only to visitors not signed in, or only to signed-in users; to everyone when absent. */
  audience?: "anonymous" | "signed-in";
  /** Shown only to signed-in users for whom this returns true (a role on some structure, say). */
  requires?: (me: Me) => boolean;
}

/** The main navigation, in display order: append your feature's entry here. */
/** Buyers: people who receive invoices for a public structure (its managers and agents). */
const isBuyer = (me: Me) => me.memberships.some((m) => m.status === "ACTIVE" && m.structureKind === "PUBLIQUE" && m.actions.includes("invoice.read_received"));

/** Companies' members who deposit invoices: as main contractors (A9) they may have subcontractors' invoices to validate. */
const isSupplierDepositor = (me: Me) => me.memberships.some((m) => m.status === "ACTIVE" && m.structureKind !== "PUBLIQUE" && m.actions.includes("invoice.deposit"));

export const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "nav.home", end: true },
  { to: "/annuaire", label: "nav.directory" },
  { to: "/verifier", label: "nav.verify" },
  { to: "/factures", label: { fr: "Factures émises", en: "Sent invoices" }, audience: "signed-in", end: true },
  { to: "/factures/a-valider", label: { fr: "À valider (sous-traitants)", en: "To validate (subcontractors)" }, audience: "signed-in", requires: isSupplierDepositor },
  { to: "/factures-recues", label: { fr: "Factures reçues", en: "Received invoices" }, audience: "signed-in", requires: isBuyer, end: true },
  { to: "/factures-recues/chiffres", label: { fr: "Chiffres", en: "Figures" }, audience: "signed-in", requires: isBuyer },
  { to: "/connexion", label: "nav.login", audience: "anonymous" },
  { to: "/inscription", label: { fr: "Créer un compte", en: "Sign up" }, audience: "anonymous" },
  { to: "/mes-structures", label: { fr: "Mes structures", en: "My organisations" }, audience: "signed-in" },
  { to: "/mon-compte", label: { fr: "Mon compte", en: "My account" }, audience: "signed-in" },
];
