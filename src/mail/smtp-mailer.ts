import nodemailer from "nodemailer";
import type { Mail, Mailer } from "./mailer.js";

/** Sends mail through the SMTP relay of `SMTP_URL` (smtp://user:pass@host:port or smtps://...). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail: Mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
    },
  };
}
