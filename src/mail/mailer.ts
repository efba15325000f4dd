/** One outgoing e-mail: plain text always, HTML optional. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** A mail kept by the development mailbox. */
export interface KeptMail extends Mail {
  id: number;
  from: string;
  sentAt: string;
}

/** The port every module sends mail through. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Mails kept for reading (development mailbox only; undefined for a real SMTP relay). */
  kept?(): KeptMail[];
}
