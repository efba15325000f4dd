import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ValidateOptions } from "../einvoice/validate.js";
import { type FileVerdict, verdictOf } from "./validate-verdict.js";

// Worker threads for `guichet validate` over many files: validation is CPU-bound, so N threads use N cores. A file is
// sent to the least busy worker; a worker that dies fails its files (fail closed: never "valid"), and is replaced.

/** Validates files on worker threads; close() stops them. */
export interface ValidatePool {
  /** A worker is up and has fewer than two files: validate() would not wait behind others. */
  hasRoom(): boolean;
  validate(bytes: Uint8Array, options: ValidateOptions): Promise<FileVerdict>;
  close(): Promise<void>;
}

interface Pending {
  bytes: Uint8Array;
  options: ValidateOptions;
  done(verdict: FileVerdict): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** It has loaded its code and said so: a worker that dies before that is not restarted. */
  answered: boolean;
}

/**
 * A larger young generation than a worker's default: validation allocates many short-lived objects, and fewer
 * scavenges cost less CPU. Each scavenge copies what is alive at that moment (about one document's tree and indexes),
 * so its cost hardly depends on the size of the young generation, and a larger one means fewer of them. Measured in
 * bench/validation (2026-11-27, two warm workers over the 200-file set): 48 MB gave 4,900-5,300 invoices/s and 96 MB
 * 6,400-6,700/s (0.37-0.40 against 0.30-0.31 ms of CPU per invoice); 128 MB was no faster than 96.
 */
export const VALIDATE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 } as const;

/**
 * The worker's code: beside this file once compiled (dist/cli, or the dist/cli-bundle entry of the same name), or the
 * TypeScript source through tsx (development, tests).
 */
function newWorker(): Worker {
  const resourceLimits = { ...VALIDATE_WORKER_LIMITS };
  // Flags for an inline script (node --input-type=module -e …) would stop a worker that runs a file.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith("--input-type"));
  const compiled = fileURLToPath(new URL("./validate.worker.js", import.meta.url));
  if (fs.existsSync(compiled)) return new Worker(compiled, { resourceLimits, execArgv });
  const source = JSON.stringify(new URL("./validate.worker.ts", import.meta.url).href);
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${source}); })`, { eval: true, resourceLimits, execArgv });
}

/** Starts `size` validating workers. */
export function createValidatePool(size: number): ValidatePool {
  let nextId = 1;
  const slots: Slot[] = [];
  const start = (): Slot => {
    const slot: Slot = { worker: newWorker(), pending: new Map(), answered: false };
    slot.worker.on("message", (m: { id: number; verdict: FileVerdict } | "ready") => {
      slot.answered = true;
      if (m === "ready") return;
      const job = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      job?.done(m.verdict);
    });
    // A worker that never came up (its code did not load) hands its files back to this thread; one that died while
    // validating fails the files it held, never calling them valid.
    const fail = (why: string) => {
      for (const job of slot.pending.values()) {
        if (slot.answered) job.done({ error: { code: "VALIDATION_CRASHED", message: `la vérification s'est arrêtée : ${why}` } });
        else void verdictOf(job.bytes, job.options).then(job.done);
      }
      slot.pending.clear();
      const at = slots.indexOf(slot);
      if (at < 0) return;
      if (slot.answered) slots[at] = start();
      else slots.splice(at, 1);
    };
    slot.worker.on("error", (error) => fail(error.message));
    slot.worker.on("exit", (code) => fail(`code ${code}`));
    return slot;
  };
  for (let i = 0; i < Math.max(1, size); i++) slots.push(start());
  return {
    hasRoom: () => slots.some((s) => s.answered && s.pending.size < 2),
    validate(bytes, options) {
      const ready = slots.filter((s) => s.answered);
      if (ready.length === 0) return verdictOf(bytes, options);
      const slot = ready.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((done) => {
        slot.pending.set(id, { bytes, options, done });
        slot.worker.postMessage({ id, bytes, options });
      });
    },
    async close() {
      const all = slots.splice(0);
      for (const slot of all) slot.worker.removeAllListeners("exit");
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
