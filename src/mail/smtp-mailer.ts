import { createRequire } from "node:module";
import type { Mail, Mailer } from "./mailer.js";

const require = createRequire(import.meta.url);

/** Sends mail through the SMTP relay of `SMTP_URL` (smtp://user:pass@host:port or smtps://...). */
export function smtpMailer(url: string, from: string): Mailer {
  // Loaded here, not at import: a server that keeps its mails in the development mailbox never loads the SMTP client.
  const nodemailer = require("nodemailer") as typeof import("nodemailer");
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail: Mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
    },
  };
}
