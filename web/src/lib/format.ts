/** "22060001900016" → "220 600 019 00016" (SIREN in groups of three, then the NIC); anything else unchanged. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

/** "220600019" → "220 600 019"; anything else unchanged. */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` : siren;
}

/** A search as typed → as sent: trimmed, and a number typed with spaces ("220 600 019") joined up. */
export function normalizeSearch(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  return /^[\d ]+$/.test(trimmed) ? trimmed.replaceAll(" ", "") : trimmed;
}
