import { runEngineJob } from "../../shared/engine-pool.js";
import type { ReadFile } from "./read-deposit-file.js";

// Reading and validating a deposited invoice is the CPU-bound part of a deposit (parse, the EN 16931, Factur-X and
// French rule sets): it runs on the engine pool when the server has one (src/shared/engine-pool.ts), and on this thread
// otherwise, loading the engine on the first such read. The result is the same ReadFile either way.

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const READ_DEPOSIT_JOB = "invoices.readDeposit";

/** What the job answers: an XML file's `xml` is the file itself, which the caller still has, so it is not sent back. */
export type ReadJobAnswer = { read: ReadFile; sameXml?: true };

/** The job, as the worker runs it. */
export async function readDepositJob(bytes: Uint8Array): Promise<ReadJobAnswer> {
  const { readDepositFile } = await import("./read-deposit-file.js");
  const read = await readDepositFile(bytes);
  if (read.kind !== "XML" || read.xml !== bytes) return { read };
  const { xml: _same, ...rest } = read;
  return { read: rest as ReadFile, sameXml: true };
}

/** Reads a deposited file: on the engine pool when it is on, here otherwise. */
export async function readDeposited(bytes: Uint8Array): Promise<ReadFile> {
  const answer = await runEngineJob<ReadJobAnswer>(READ_DEPOSIT_JOB, [bytes], () => readDepositJob(bytes));
  return answer.sameXml && answer.read.kind === "XML" ? { ...answer.read, xml: bytes } : answer.read;
}
