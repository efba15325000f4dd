import type { ImportProgress } from "../modules/directory/index.js";

const STEP_LABELS: Record<ImportProgress["step"], string> = { read: "Lecture ", write: "Écriture" };
const BAR_WIDTH = 24;
const TTY_REFRESH_MS = 100;

/** Formats 130000 as "130 000" (French thousands), in ASCII so that every terminal shows it. */
function count(n: number): string {
  return Math.round(n).toLocaleString("fr-FR").replace(/\s/g, " ");
}

/** One progress line: step, bar (on a terminal), count / total, percentage, rate. */
export function progressLine(p: ImportProgress, elapsedMs: number, withBar: boolean): string {
  const ratio = p.total > 0 ? p.done / p.total : 1;
  const rate = elapsedMs > 0 ? (p.done * 1000) / elapsedMs : 0;
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = withBar ? ` [${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}]` : "";
  return `${STEP_LABELS[p.step]}${bar} ${count(p.done)} / ${count(p.total)}  ${Math.floor(ratio * 100)} %  ${count(rate)} lignes/s`;
}

/**
 * A progress reporter for stderr: on a terminal one line redrawn in place (at most every 100 ms); otherwise (a log,
 * CI) a plain line at each tenth of the way, so that logs stay short.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, clock: () => number = () => performance.now()): (p: ImportProgress) => void {
  const tty = stream.isTTY === true;
  let step: ImportProgress["step"] | undefined;
  // A step starts when the previous one ended (or when the reporter was made, for the first).
  let started = clock();
  let lastSeen = started;
  let lastDraw = 0;
  let lastTenth = -1;
  return (p) => {
    const now = clock();
    if (p.step !== step) {
      if (step !== undefined && tty) stream.write("\n");
      step = p.step;
      started = lastSeen;
      lastDraw = 0;
      lastTenth = -1;
    }
    lastSeen = now;
    const finished = p.done >= p.total;
    if (tty) {
      if (!finished && now - lastDraw < TTY_REFRESH_MS) return;
      lastDraw = now;
      stream.write(`\r${progressLine(p, now - started, true)}${finished ? "\n" : ""}`);
      if (finished) step = undefined;
      return;
    }
    const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : 10;
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`${progressLine(p, now - started, false)}\n`);
  };
}
