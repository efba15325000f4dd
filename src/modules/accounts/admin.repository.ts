import type { Db } from "../../db/transaction.js";

/** E-mails of the platform administrators (active accounts). */
export async function findPlatformAdminEmails(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("users").select("email").where("is_platform_admin", "=", 1).where("status", "=", "ACTIVE").execute();
  return rows.map((r) => r.email);
}

/** Structures with pending requests and no active manager (what the administrator should unblock). */
export async function findStructuresWaitingForManager(db: Db): Promise<{ siret: string; name: string; pending: number }[]> {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("structures as s", "s.siret", "m.structure_siret")
    .select(["s.siret", "s.name", (eb) => eb.fn.countAll<number>().as("pending")])
    .where("m.status", "=", "PENDING")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("memberships as g")
            .select("g.id")
            .whereRef("g.structure_siret", "=", "m.structure_siret")
            .where("g.status", "=", "ACTIVE")
            .where("g.role", "=", "MANAGER"),
        ),
      ),
    )
    .groupBy(["s.siret", "s.name"])
    .orderBy("s.name")
    .execute();
  return rows.map((r) => ({ siret: r.siret, name: r.name, pending: Number(r.pending) }));
}
