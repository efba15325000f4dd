import { runEngineJob } from "../../shared/engine-pool.js";

// The CII and UBL versions of an invoice's original for its hand-over bundle: read by the engine and written again,
// on the engine pool when the server has one (the main thread never loads the engine), here otherwise.

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const CONVERT_ORIGINAL_JOB = "buyer.convertOriginal";

export type Conversions = { cii: Uint8Array; ubl: Uint8Array };

/** The job, as the worker runs it: undefined when the original holds no structured invoice (a plain PDF, say). */
export async function convertOriginalJob(original: Uint8Array): Promise<Conversions | undefined> {
  const { readInvoice, writeCii, writeUbl } = await import("../../einvoice/index.js");
  try {
    const read = await readInvoice(original);
    const encoder = new TextEncoder();
    return { cii: encoder.encode(writeCii(read.model)), ubl: encoder.encode(writeUbl(read.model)) };
  } catch {
    return undefined;
  }
}

/** The original as CII and UBL, or undefined when it holds no structured invoice. */
export function convertOriginal(original: Uint8Array): Promise<Conversions | undefined> {
  return runEngineJob(CONVERT_ORIGINAL_JOB, [original], () => convertOriginalJob(original));
}
