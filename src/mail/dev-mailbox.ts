import type { KeptMail, Mail, Mailer } from "./mailer.js";

const KEEP = 200;

/**
 * Outside production without SMTP: mails are kept in memory (read at GET /api/dev/mails and on /dev/mails) and
 * printed to the console, so a developer can follow activation and reset links without a mail server.
 */
export function devMailbox(from: string, print: (text: string) => void, clock: { now(): Date } = { now: () => new Date() }): Mailer {
  const kept: KeptMail[] = [];
  let next = 1;
  return {
    async send(mail: Mail) {
      const entry: KeptMail = { ...mail, id: next++, from, sentAt: clock.now().toISOString() };
      kept.unshift(entry);
      if (kept.length > KEEP) kept.length = KEEP;
      print(`\n── mail (non envoyé, boîte de développement) ──\nÀ : ${mail.to}\nObjet : ${mail.subject}\n\n${mail.text}\n──`);
    },
    kept: () => [...kept],
  };
}
