import type { Mail } from "../../mail/mailer.js";

// What the platform writes to people, in French. Links carry their token after "#" so it never reaches server logs
// or Referer headers; the page reads it and posts it.

interface Brand {
  shortName: string;
  publicUrl: string;
}

const signature = (b: Brand) => `\n\n-- \n${b.shortName}\n${b.publicUrl}`;

/** Activation link after sign-up (valid 60 minutes). */
export function activationMail(b: Brand, to: string, token: string): Mail {
  const link = `${b.publicUrl}/activation#token=${token}`;
  return {
    to,
    subject: `${b.shortName} : activez votre compte`,
    text: `Bonjour,\n\nPour activer votre compte, ouvrez ce lien dans l'heure :\n${link}\n\nPassé ce délai, demandez un nouveau lien depuis la page de connexion.\nSi vous n'êtes pas à l'origine de cette inscription, ignorez ce message.${signature(b)}`,
  };
}

/** Sent instead of an activation when someone signs up with an address that already has an account. */
export function alreadyRegisteredMail(b: Brand, to: string): Mail {
  return {
    to,
    subject: `${b.shortName} : vous avez déjà un compte`,
    text: `Bonjour,\n\nQuelqu'un (peut-être vous) a demandé à créer un compte avec cette adresse, qui en a déjà un.\nPour vous connecter : ${b.publicUrl}/connexion\nMot de passe oublié : ${b.publicUrl}/mot-de-passe-oublie${signature(b)}`,
  };
}

/** Password reset link (valid 60 minutes). */
export function resetMail(b: Brand, to: string, token: string): Mail {
  return {
    to,
    subject: `${b.shortName} : réinitialisation du mot de passe`,
    text: `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n${b.publicUrl}/reinitialisation#token=${token}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.${signature(b)}`,
  };
}

/** Confirmation link sent to the new address of an e-mail change. */
export function emailChangeMail(b: Brand, to: string, token: string): Mail {
  return {
    to,
    subject: `${b.shortName} : confirmez votre nouvelle adresse`,
    text: `Bonjour,\n\nPour confirmer cette adresse comme adresse de connexion, ouvrez ce lien dans l'heure :\n${b.publicUrl}/confirmer-email#token=${token}${signature(b)}`,
  };
}

/** A plain notice (e-mail changed, password changed, request decided...). */
export function noticeMail(b: Brand, to: string, subject: string, body: string): Mail {
  return { to, subject: `${b.shortName} : ${subject}`, text: `Bonjour,\n\n${body}${signature(b)}` };
}
