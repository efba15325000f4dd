// Writing throughput: CII, UBL and Factur-X PDF/A-3 from the model of the CEN examples, next to reading the same
// invoices in the same run. Rates are per CPU second (process.cpuUsage), so that a busy machine does not skew them.
import fs from "node:fs";
import path from "node:path";
import { type Invoice, readInvoiceXml, writeCii, writeFacturx, writeUbl } from "../../src/einvoice/index.js";

const CORPUS = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));
const DIRS = ["en16931/cii/examples", "en16931/ubl/examples", "en16931/test/testfiles"];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const ROUNDS = 5;

/**
 * Runs `work` once to warm up, then ROUNDS times; prints the median round's rate per CPU second (and its best) and the
 * wall-clock rate of the median round. One round alone moves by a third on a shared machine.
 */
async function measure(label: string, items: number, work: () => Promise<void> | void): Promise<number> {
  await work(); // warm-up round
  const rounds: { perCpuSecond: number; perSecond: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const wall = performance.now();
    const cpu = cpuMs();
    await work();
    rounds.push({ perCpuSecond: (items * 1000) / (cpuMs() - cpu), perSecond: (items * 1000) / (performance.now() - wall) });
  }
  rounds.sort((a, b) => a.perCpuSecond - b.perCpuSecond);
  const median = rounds[Math.floor(ROUNDS / 2)] as { perCpuSecond: number; perSecond: number };
  const best = rounds[ROUNDS - 1] as { perCpuSecond: number };
  console.log(
    `  ${label.padEnd(34)} ${median.perCpuSecond.toFixed(0).padStart(7)} invoices per CPU second (median of ${ROUNDS}, best ${best.perCpuSecond.toFixed(0)}; ` +
      `${median.perSecond.toFixed(0)} per second of wall time)`,
  );
  return median.perCpuSecond;
}

/** Runs the writing benchmark and prints each rate with its ratio to reading. */
export async function run(): Promise<void> {
  const sources = DIRS.flatMap((d) => fs.readdirSync(path.join(CORPUS, d)).map((f) => fs.readFileSync(path.join(CORPUS, d, f))));
  const models: Invoice[] = sources.map((s) => readInvoiceXml(s).model);
  console.log(`  ${models.length} CEN invoices`);
  const read = await measure("read (baseline)", sources.length, () => {
    for (const s of sources) readInvoiceXml(s);
  });
  const cii = await measure("write CII", models.length, () => {
    for (const m of models) writeCii(m);
  });
  const ubl = await measure("write UBL", models.length, () => {
    for (const m of models) writeUbl(m);
  });
  const pdf = await measure("write Factur-X PDF/A-3", models.length, async () => {
    for (const m of models) await writeFacturx(m, { now: new Date("2026-01-01T00:00:00Z") });
  });
  console.log(`  ratios to reading: CII ${(cii / read).toFixed(2)}, UBL ${(ubl / read).toFixed(2)}, Factur-X ${(pdf / read).toFixed(3)}`);
  console.log(`  Factur-X target 100/s: ${pdf >= 100 ? "met" : "NOT met"} (${pdf.toFixed(0)}/s per CPU second)`);
}
