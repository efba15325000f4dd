import type { Deps } from "../../deps.js";
import { findMailAddress } from "../accounts/index.js";
import { deleteDraftReminder, findDraftsToRemind, insertDraftReminder } from "./draft-reminder.repository.js";
import { DRAFT_REMINDER_MS } from "./save-draft.js";

function frenchDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * Mails the author of every draft (BROUILLON) saved more than 2 days ago and never sent, once per draft: a draft is
 * not transmitted to anyone, and Chorus Pro users often believe it was (chorus-pro.md §1.3). The author is the user
 * who saved it, at their current address (no mail if the account is no longer active); drafts saved by an API client
 * get none. Returns the mails sent.
 */
export async function remindDrafts(deps: Pick<Deps, "database" | "clock" | "mailer" | "logger" | "config">): Promise<number> {
  const now = deps.clock.now();
  const drafts = await findDraftsToRemind(deps.database.db, new Date(now.getTime() - DRAFT_REMINDER_MS).toISOString());
  const publicUrl = deps.config.publicUrl.replace(/\/$/, "");
  const brand = deps.config.brand.shortName;
  let sent = 0;
  for (const draft of drafts) {
    const author = draft.createdBy.startsWith("api:") ? undefined : await findMailAddress(deps.database.db, draft.createdBy);
    const to = author?.email ?? "";
    // Claimed before sending: with several server processes, only one sends.
    if (!(await insertDraftReminder(deps.database.db, { invoice_id: draft.id, sent_at: now.toISOString(), sent_to: to }))) continue;
    if (!to) continue;
    const what = draft.number ? `La facture n° ${draft.number}` : "Une facture";
    const recipient = draft.recipientName ?? draft.recipientSiret;
    const amount = draft.totalWithVat ? ` (${draft.totalWithVat.replace(".", ",")} € TTC)` : "";
    const text = `Bonjour${author ? ` ${author.displayName}` : ""},\n\n${what}${recipient ? ` destinée à ${recipient}` : ""}${amount}, enregistrée comme brouillon le ${frenchDate(draft.createdAt)}, n'a pas été envoyée.\nUn brouillon n'est transmis à personne : le délai de paiement ne court pas.\nOuvrez-la et choisissez « Valider et envoyer » : ${publicUrl}/factures/${draft.id}\n\n— ${brand}`;
    try {
      await deps.mailer.send({ to, subject: `${brand} : brouillon de facture jamais envoyé`, text });
      sent++;
    } catch (error) {
      deps.logger.error({ err: error, draft: draft.id }, "rappel de brouillon non envoyé (nouvel essai à la prochaine passe)");
      await deleteDraftReminder(deps.database.db, draft.id);
    }
  }
  return sent;
}
