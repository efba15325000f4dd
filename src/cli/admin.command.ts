import type { Deps } from "../deps.js";
import { appointManager, setPlatformAdmin, warnExpiringApiClients } from "../modules/accounts/index.js";
import { AppError } from "../shared/errors.js";
import type { CliCommand } from "./command.js";
import { depsCommand } from "./deps-command.js";

const USAGE = `guichet admin — administration de la plateforme

  guichet admin appoint-manager <siret> <email>   désigne un compte actif gestionnaire d'une structure
  guichet admin grant <email>                     donne le rôle d'administrateur de la plateforme
  guichet admin revoke <email>                    retire ce rôle
  guichet admin warn-expiring                     prévient les gestionnaires des identifiants d'API bientôt expirés`;

/** Runs one admin subcommand against the given deps; resolves to the exit code. */
export async function runAdmin(deps: Deps, args: string[], print: (line: string) => void = console.log): Promise<number> {
  const [action, ...rest] = args;
  try {
    if (action === "appoint-manager" && rest.length === 2) {
      const [siret, email] = rest as [string, string];
      await appointManager(deps, null, { siret, email }, { ip: null, userAgent: "guichet admin" });
      print(`${email} est gestionnaire de la structure ${siret}.`);
      return 0;
    }
    if ((action === "grant" || action === "revoke") && rest.length === 1) {
      await setPlatformAdmin(deps, rest[0] as string, action === "grant");
      print(action === "grant" ? `${rest[0]} est administrateur de la plateforme.` : `${rest[0]} n'est plus administrateur de la plateforme.`);
      return 0;
    }
    if (action === "warn-expiring" && rest.length === 0) {
      print(`${await warnExpiringApiClients(deps)} identifiant(s) d'API signalé(s) aux gestionnaires.`);
      return 0;
    }
  } catch (error) {
    if (error instanceof AppError) {
      print(`Erreur : ${error.message}`);
      return 1;
    }
    throw error;
  }
  print(USAGE);
  return 2;
}

export const adminCommand: CliCommand = depsCommand({
  name: "admin",
  usage: "admin appoint-manager|grant|revoke|warn-expiring …",
  summary: "désigne un gestionnaire, gère les administrateurs de la plateforme",
  help: USAGE,
  run: (deps, args) => runAdmin(deps, args),
});
