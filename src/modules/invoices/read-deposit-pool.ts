import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ReadFile } from "./read-deposit-file.js";

/**
 * Reads a file on this thread. The engine is imported on the first such read: with the workers on, the main thread of
 * a server that only takes deposits never loads it (with pdf-lib, about 40 MB of RSS less; docs/adr/0009).
 */
async function readDepositFileHere(bytes: Uint8Array): Promise<ReadFile> {
  return (await import("./read-deposit-file.js")).readDepositFile(bytes);
}

// Reading and validating a deposited invoice is the CPU-bound part of a deposit (parse, the EN 16931, Factur-X and
// French rule sets). With a pool switched on (startDepositReadWorkers: `guichet serve` with DEPOSIT_READ_WORKERS=n), it
// runs on worker threads, one file per message, so a server uses more cores for it while its main thread does the HTTP,
// checks and the transaction; otherwise (DEPOSIT_READ_WORKERS=0, a one-core machine, and in tests) it runs inline. The
// result is the same ReadFile either way. One worker by default (docs/adr/0009): it holds its own copy of the engine
// and heap, paid for by the main thread's smaller young generation.

interface Pending {
  bytes: Uint8Array;
  resolve(read: ReadFile | Promise<ReadFile>): void;
  reject(error: Error): void;
}

type WorkerLimits = NonNullable<ConstructorParameters<typeof Worker>[1]>["resourceLimits"];

// Each worker's heap is bounded, so that one file cannot take the server's memory. The bounds must leave room: the
// engine keeps its tables and caches for the process, and a heap bounded near that size collects all the time. With
// 16 MB young and 96 MB old (the former bounds) a worker nearly doubled the CPU per deposit and the pool lost to reading
// inline; with 96 / 256 MB a warm server on the 2-core machine went from 240 to 378 deposits/s, its RSS from about 350
// to 540 MB (bench/README.md, deposit, session 5). Files above INLINE_ABOVE_BYTES are read on the main thread, which has
// no such bound; a worker that dies anyway (out of memory) hands its files back to be read there.
export const DEPOSIT_READ_WORKER_LIMITS: WorkerLimits = { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 256 };
const INLINE_ABOVE_BYTES = 4 * 1024 * 1024;

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** A pool of reading workers: read() sends the file to the least busy one; close() stops them. */
export interface DepositReadPool {
  read(bytes: Uint8Array): Promise<ReadFile>;
  /** How many workers are running (a worker whose code failed to load is dropped). */
  size(): number;
  close(): Promise<void>;
}

/** A worker: the compiled JavaScript beside this file, or (development, tests) the TypeScript source through tsx. */
function newWorker(resourceLimits: WorkerLimits): Worker {
  const compiled = fileURLToPath(new URL("./read-deposit.worker.js", import.meta.url));
  if (fs.existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const source = new URL("./read-deposit.worker.ts", import.meta.url).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true, resourceLimits });
}

/** Starts `size` reading workers, each with these heap limits. */
export function createDepositReadPool(size: number, limits: WorkerLimits = DEPOSIT_READ_WORKER_LIMITS): DepositReadPool {
  let nextId = 1;
  let closing = false;
  const workers: PoolWorker[] = [];
  const start = (): PoolWorker => {
    const entry: PoolWorker = { worker: newWorker(limits), pending: new Map() };
    entry.worker.unref();
    let online = false;
    entry.worker.on("message", (m: { id: number; read?: ReadFile; sameXml?: true; error?: string; ready?: true }) => {
      if (m.ready) online = true;
      const job = entry.pending.get(m.id);
      if (!job) return;
      entry.pending.delete(m.id);
      // An XML file comes back without its bytes, which are the ones sent (read-deposit.worker.ts).
      if (m.read) job.resolve(m.sameXml && m.read.kind === "XML" ? { ...m.read, xml: job.bytes } : m.read);
      else job.reject(new Error(`lecture de la facture en échec : ${m.error ?? "erreur inconnue"}`));
    });
    // A worker that dies hands its files back to be read on the main thread (same engine, same result) and is
    // replaced; one that never got ready (its code failed to load) is dropped (no restart loop), and without workers
    // files are read inline. Once the pool is closing, its files fail (the server is stopping).
    const fail = (error: Error) => {
      for (const job of entry.pending.values()) {
        if (closing) job.reject(error);
        else job.resolve(readDepositFileHere(job.bytes));
      }
      entry.pending.clear();
      const at = workers.indexOf(entry);
      if (at < 0 || closing) return;
      if (online) workers[at] = start();
      else workers.splice(at, 1);
    };
    entry.worker.on("error", fail);
    entry.worker.on("exit", (code) => fail(new Error(`le lecteur de factures s'est arrêté (code ${code})`)));
    return entry;
  };
  for (let i = 0; i < Math.max(1, size); i++) workers.push(start());
  return {
    size: () => workers.length,
    read(bytes) {
      if (closing) return Promise.reject(new Error("le lecteur de factures est arrêté"));
      if (workers.length === 0 || bytes.byteLength > INLINE_ABOVE_BYTES) return readDepositFileHere(bytes);
      const entry = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<ReadFile>((resolve, reject) => {
        entry.pending.set(id, { bytes, resolve, reject });
        entry.worker.postMessage({ id, bytes });
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

let pool: DepositReadPool | undefined;

/**
 * Switches the deposit read pool on with `size` workers (0: off, reading inline again), replacing any earlier one.
 * Returns a function that stops it.
 */
export async function startDepositReadWorkers(size: number): Promise<() => Promise<void>> {
  const previous = pool;
  pool = size > 0 ? createDepositReadPool(size) : undefined;
  await previous?.close();
  const current = pool;
  return async () => {
    if (pool === current) pool = undefined;
    await current?.close();
  };
}

/** How many reading workers the deposits use now (0: files are read on the main thread). */
export function depositReadWorkers(): number {
  return pool?.size() ?? 0;
}

/** Reads a deposited file: on the pool when it is on, inline otherwise. */
export function readDeposited(bytes: Uint8Array): Promise<ReadFile> {
  return pool ? pool.read(bytes) : readDepositFileHere(bytes);
}
