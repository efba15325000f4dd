// When the daily digest of new invoices goes out: once a day, from 07:00 in Paris (where the public buyers work),
// whatever the server's time zone. Pure: the caller gives the instant (the injected clock).

/** The hour (Europe/Paris) from which the day's digest is sent. */
export const DIGEST_HOUR = 7;

const PARIS = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });

/** The calendar date (YYYY-MM-DD) and hour in Paris at `at`. */
export function parisDateAndHour(at: Date): { date: string; hour: number } {
  const parts = Object.fromEntries(PARIS.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The digest's day at `at` (its mail key), or null before the digest hour. */
export function digestDay(at: Date): string | null {
  const { date, hour } = parisDateAndHour(at);
  return hour >= DIGEST_HOUR ? date : null;
}
