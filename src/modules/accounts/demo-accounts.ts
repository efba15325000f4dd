import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { newSecret } from "./domain/tokens.js";
import { insertMembership } from "./membership.repository.js";
import { hashPassword } from "./password-hashing.js";
import { findServiceCodes, findStructureSummary, insertPrivateStructure } from "./structure.repository.js";
import { insertUser } from "./user.repository.js";

/** The demo company and its structure, the Département's structure and the agent's service. */
export const DEMO_COMPANY = { siret: "89900000400015", name: "Démo Fournitures SARL", addressLine1: "12 avenue de la Démo", postalCode: "06000", city: "Nice", countryCode: "FR" };
export const DEMO_PUBLIC_SIRET = "22060001900016";
export const DEMO_SERVICE = "DRIT";

/** The demo accounts: who they are and what they hold. */
export const DEMO_ACCOUNTS = [
  { email: "fournisseur@guichet.test", displayName: "Fanny Fournisseur", siret: DEMO_COMPANY.siret, role: "MANAGER", services: null },
  { email: "gestionnaire.cd06@guichet.test", displayName: "Gaël Gestionnaire", siret: DEMO_PUBLIC_SIRET, role: "MANAGER", services: null },
  { email: "agent.drit@guichet.test", displayName: "Agathe Agent", siret: DEMO_PUBLIC_SIRET, role: "AGENT", services: [DEMO_SERVICE] },
  { email: "admin@guichet.test", displayName: "Adèle Administratrice", siret: null, role: null, services: null },
] as const;

/**
 * Startup task: on a new database outside production (no user yet), creates the demo company and accounts and prints
 * their e-mails and password (GUICHET_DEMO_PASSWORD, else a random one). Never in production. Runs after the
 * directory seed, which brings the Département's structure and services.
 */
export async function createDemoAccounts(deps: Deps, print: (line: string) => void = console.log): Promise<boolean> {
  if (deps.config.production) return false;
  const db = deps.database.db;
  const anyUser = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (anyUser) return false;
  const password = deps.config.demoPassword ?? newSecret(12);
  const passwordHash = await hashPassword(password);
  const publicStructure = await findStructureSummary(db, DEMO_PUBLIC_SIRET);
  const services = publicStructure ? await findServiceCodes(db, DEMO_PUBLIC_SIRET) : [];
  const now = deps.clock.now().toISOString();
  const created: string[] = [];
  await runInTransaction(db, async ({ trx }) => {
    if (!(await findStructureSummary(trx, DEMO_COMPANY.siret))) await insertPrivateStructure(trx, DEMO_COMPANY, now);
    for (const account of DEMO_ACCOUNTS) {
      if (account.siret === DEMO_PUBLIC_SIRET && !publicStructure) continue;
      const id = deps.ids.uuid();
      await insertUser(trx, {
        id,
        email: account.email,
        display_name: account.displayName,
        password_hash: passwordHash,
        status: "ACTIVE",
        is_platform_admin: account.role === null ? 1 : 0,
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled: 0,
        totp_last_step: null,
        created_at: now,
        activated_at: now,
        updated_at: now,
      });
      created.push(account.email);
      if (!account.siret || !account.role) continue;
      // The agent stays limited to its service even if the directory lacks it (then it sees nothing, never everything).
      const codes: string[] = account.services ? [...account.services] : [];
      if (codes.some((c) => !services.includes(c))) print(`  (service ${codes.join(", ")} absent de l'annuaire pour ${account.siret})`);
      await insertMembership(trx, {
        user_id: id,
        structure_siret: account.siret,
        role: account.role,
        status: "ACTIVE",
        all_services: codes.length === 0 ? 1 : 0,
        service_codes: JSON.stringify(codes),
        message: null,
        requested_at: now,
        decided_at: now,
        decided_by: null,
      });
    }
  });
  print(`\nComptes de démonstration (hors production) — mot de passe : ${password}`);
  for (const email of created) print(`  ${email}`);
  if (!publicStructure) print(`  (structure ${DEMO_PUBLIC_SIRET} absente de l'annuaire : comptes du Département non créés)`);
  print("");
  return true;
}

/** The startup task (registered in src/startup.ts after the directory seed). */
export async function demoAccountsTask(deps: Deps): Promise<void> {
  await createDemoAccounts(deps);
}
