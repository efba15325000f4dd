import { AppError } from "./errors.js";

/** La Poste's head office SIREN: its SIRETs use a digit-sum rule instead of Luhn. */
const LA_POSTE_SIREN = "356000000";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

/** Why a string is not a SIRET, or undefined when it is one (14 digits, Luhn key, La Poste exception). */
export function siretProblem(value: string): "SIRET_INVALID_LENGTH" | "SIRET_INVALID_CHARACTERS" | "SIRET_INVALID_CHECKSUM" | undefined {
  if (!/^\d*$/.test(value)) return "SIRET_INVALID_CHARACTERS";
  if (value.length !== 14) return "SIRET_INVALID_LENGTH";
  if (value.startsWith(LA_POSTE_SIREN)) {
    // La Poste establishments: the sum of the 14 digits is a multiple of 5 (the head office also passes Luhn).
    return digitSum(value) % 5 === 0 || luhnValid(value) ? undefined : "SIRET_INVALID_CHECKSUM";
  }
  return luhnValid(value) ? undefined : "SIRET_INVALID_CHECKSUM";
}

/** True when the string is a valid SIRET. */
export function isValidSiret(value: string): boolean {
  return siretProblem(value) === undefined;
}

/** True when the string is a valid SIREN (9 digits, Luhn key). */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

/** Returns the SIRET or throws an AppError saying what is wrong with it (field names the input). */
export function assertSiret(value: string, field = "siret"): string {
  const problem = siretProblem(value);
  if (problem) throw new AppError(problem, { details: { field, value } });
  return value;
}

/** The SIREN (legal unit) part of a SIRET. */
export function sirenOf(siret: string): string {
  return siret.slice(0, 9);
}
